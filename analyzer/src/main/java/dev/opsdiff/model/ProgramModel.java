package dev.opsdiff.model;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every file and type of one side, indexed by path and qualified name. */
public final class ProgramModel {
    private final String side;
    private final Map<String, FileModel> files = new TreeMap<>();
    private final Map<String, TypeModel> types = new TreeMap<>();
    private final Map<String, FileModel> fileOfType = new LinkedHashMap<>();
    private final Map<String, List<TypeModel>> typesBySimpleName = new TreeMap<>();
    private final Map<String, MethodModel> methods = new TreeMap<>();
    private final Map<String, String> configFiles = new TreeMap<>();
    private final List<ParseProblem> problems;
    /**
     * Look-ups by key go through hash maps: the sorted maps above (kept for a deterministic iteration order)
     * compare long, prefix-sharing ids ({@code pkg.Type#method(..)}) a dozen times per look-up, and the rules look
     * methods up by id very often.
     */
    private final Map<String, FileModel> fileByPath;
    private final Map<String, TypeModel> typeByName;
    private final Map<String, List<TypeModel>> typesBySimpleNameIndex;
    private final Map<String, MethodModel> methodById;

    public ProgramModel(String side, Collection<FileModel> fileModels, Map<String, String> configFiles,
                        List<ParseProblem> problems) {
        this.side = side;
        this.problems = List.copyOf(problems);
        this.configFiles.putAll(configFiles);
        for (FileModel file : fileModels) {
            files.put(file.path(), file);
            for (TypeModel type : file.types()) {
                // First declaration wins on duplicates (e.g. the same class under two source roots).
                if (types.putIfAbsent(type.qualifiedName(), type) == null) {
                    fileOfType.put(type.qualifiedName(), file);
                    typesBySimpleName.computeIfAbsent(type.simpleName(), k -> new java.util.ArrayList<>()).add(type);
                    for (MethodModel m : type.methods()) {
                        methods.putIfAbsent(m.id(), m);
                    }
                }
            }
        }
        fileByPath = new HashMap<>(files);
        typeByName = new HashMap<>(types);
        typesBySimpleNameIndex = new HashMap<>(typesBySimpleName);
        methodById = new HashMap<>(methods);
    }

    public String side() {
        return side;
    }

    public Collection<FileModel> files() {
        return Collections.unmodifiableCollection(files.values());
    }

    public Collection<TypeModel> types() {
        return Collections.unmodifiableCollection(types.values());
    }

    public Collection<MethodModel> methods() {
        return Collections.unmodifiableCollection(methods.values());
    }

    public Optional<TypeModel> type(String qualifiedName) {
        return Optional.ofNullable(typeByName.get(qualifiedName));
    }

    public List<TypeModel> typesNamed(String simpleName) {
        return typesBySimpleNameIndex.getOrDefault(simpleName, List.of());
    }

    public Optional<MethodModel> method(String id) {
        return Optional.ofNullable(methodById.get(id));
    }

    public FileModel fileOf(TypeModel type) {
        return fileOfType.get(type.qualifiedName());
    }

    public Optional<FileModel> file(String path) {
        return Optional.ofNullable(fileByPath.get(path));
    }

    /** Spring configuration files (path to text) found in the snapshot. */
    public Map<String, String> configFiles() {
        return Collections.unmodifiableMap(configFiles);
    }

    public List<ParseProblem> problems() {
        return problems;
    }
}
