package dev.opsdiff.resolve;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves type names as written to qualified names, from imports, the file's package, enclosing types, the
 * project's own types and the catalog's library types; and computes supertype closures.
 */
public final class TypeResolver {
    /** java.lang types that appear as receivers in service code. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Object", "Math", "Thread",
            "System", "Iterable", "Character", "Boolean", "Double", "Runnable", "StringBuilder", "ThreadLocal",
            "InheritableThreadLocal");

    private final ProgramModel program;
    private final Catalog catalog;
    private final Map<String, List<String>> closures = new HashMap<>();
    private final Map<String, List<String>> subtypes = new HashMap<>();

    public TypeResolver(ProgramModel program, Catalog catalog) {
        this.program = program;
        this.catalog = catalog;
        for (TypeModel t : program.types()) {
            for (String s : t.supertypes()) {
                subtypes.computeIfAbsent(resolve(s, t), k -> new ArrayList<>()).add(t.qualifiedName());
            }
        }
    }

    /** Resolves {@code name} as written inside {@code context} (a type of the program). */
    public String resolve(String name, TypeModel context) {
        if (name == null) {
            return null;
        }
        FileModel file = program.fileOf(context);
        int dot = name.indexOf('.');
        if (dot > 0) {
            if (program.type(name).isPresent() || Character.isLowerCase(name.charAt(0))) {
                return name;
            }
            String head = resolve(name.substring(0, dot), context);
            return head + name.substring(dot);
        }
        for (String outer = context.qualifiedName(); outer != null; outer = enclosing(outer)) {
            if (program.type(outer + "." + name).isPresent()) {
                return outer + "." + name;
            }
            if (outer.endsWith("." + name) || outer.equals(name)) {
                return outer;
            }
        }
        if (file != null) {
            String imported = file.imports().single().get(name);
            if (imported != null) {
                return imported;
            }
            String samePackage = file.packageName().isEmpty() ? name : file.packageName() + "." + name;
            if (program.type(samePackage).isPresent()) {
                return samePackage;
            }
            for (String pkg : file.imports().onDemand()) {
                String candidate = pkg + "." + name;
                if (program.type(candidate).isPresent() || catalog.knowsType(candidate)) {
                    return candidate;
                }
            }
        }
        if (JAVA_LANG.contains(name)) {
            return "java.lang." + name;
        }
        List<TypeModel> bySimple = program.typesNamed(name);
        if (bySimple.size() == 1) {
            return bySimple.get(0).qualifiedName();
        }
        return name;
    }

    private Optional<String> enclosingOpt(String qualified) {
        return program.type(qualified).map(TypeModel::outerType);
    }

    private String enclosing(String qualified) {
        return enclosingOpt(qualified).orElse(null);
    }

    /** The type and all its supertypes (project and catalog-declared library ones), most specific first. */
    public List<String> closure(String qualified) {
        List<String> cached = closures.get(qualified);
        if (cached != null) {
            return cached;
        }
        Set<String> out = new LinkedHashSet<>();
        collect(qualified, out);
        List<String> list = List.copyOf(out);
        closures.put(qualified, list);
        return list;
    }

    private void collect(String type, Set<String> out) {
        if (!out.add(type)) {
            return;
        }
        Optional<TypeModel> model = program.type(type);
        if (model.isPresent()) {
            for (String s : model.get().supertypes()) {
                collect(resolve(s, model.get()), out);
            }
        } else {
            for (String s : catalog.librarySupertypes(type)) {
                collect(s, out);
            }
        }
    }

    /** Project types that extend or implement {@code qualified}, transitively. */
    public List<String> subtypes(String qualified) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> work = new ArrayList<>(subtypes.getOrDefault(qualified, List.of()));
        while (!work.isEmpty()) {
            String t = work.remove(work.size() - 1);
            if (seen.add(t)) {
                out.add(t);
                work.addAll(subtypes.getOrDefault(t, List.of()));
            }
        }
        out.sort(null);
        return out;
    }

    public ProgramModel program() {
        return program;
    }
}
