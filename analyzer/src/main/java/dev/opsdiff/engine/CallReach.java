package dev.opsdiff.engine;

import dev.opsdiff.frontend.FrontEnd;
import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.source.SourceFile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows calls from the methods of the changed files down to everything they run, one side at a time: a callee is
 * found through the {@link TypeIndex} by its receiver's package-qualified type (imports, same package, enclosing
 * types), then in that type, its supertypes, and — for an abstract method — the project's implementations of it.
 * Only the files holding reached methods, and the declarations of the types involved, are parsed.
 */
final class CallReach {
    /**
     * Summaries follow callees without a depth limit; this bound only stops pathological chains (a call graph is
     * rarely deeper than a few dozen hops from a changed method to its leaves).
     */
    static final int MAX_CALL_DEPTH = 64;
    /**
     * An interface with more project implementations than this (a plugin SPI, a serializer) is a dispatch point the
     * summaries cannot usefully follow into each implementation; its declaration is still loaded.
     */
    static final int MAX_IMPLEMENTATIONS = 32;

    private final TypeIndex index;
    private final ProgramBuilder builder;
    private final Map<String, Map<String, SourceFile>> sides;
    private final Set<String> needed = new TreeSet<>();
    private final Map<String, FileModel> models = new HashMap<>();
    private final Set<String> neededTypes = new HashSet<>();
    private final Set<String> reached = new HashSet<>();
    private final Deque<Item> work = new ArrayDeque<>();
    private final Map<String, List<Target>> lookups = new HashMap<>();
    private final Set<String> prefetched = new HashSet<>();
    private final Runnable fileRead;

    /**
     * A method to follow. {@code receivers[i]}: the project types call {@code i}'s receiver (a variable, a type, a
     * constructor) can denote, resolved when the method is queued, so that their files are read on the builder's
     * pool while the queue ahead of it is followed; null for receivers resolved only when followed.
     */
    private record Item(String side, Target target, int depth, Set<String>[] receivers) {
    }

    /** A method with the type and file it is declared in. */
    private record Target(MethodModel method, TypeModel type, FileModel file) {
    }

    CallReach(TypeIndex index, ProgramBuilder builder, Map<String, SourceFile> before, Map<String, SourceFile> after,
              Runnable fileRead) {
        this.index = index;
        this.builder = builder;
        this.sides = Map.of("before", before, "after", after);
        this.fileRead = fileRead;
    }

    /** The files parsed for a reason: declaring a reached method or a type a reached file relies on. */
    Set<String> needed() {
        return needed;
    }

    /** Starts reading the files on both sides on the builder's pool (the changed files, before they are followed). */
    void prefetch(Iterable<String> paths) {
        for (String path : paths) {
            for (String side : List.of("before", "after")) {
                prefetchFile(side, path);
            }
        }
    }

    /** Every method of a changed file is a root; the types the file mentions are loaded (one level). */
    void fromChangedFile(String path) {
        needed.add(path);
        for (String side : List.of("before", "after")) {
            FileModel file = model(side, path);
            if (file == null) {
                continue;
            }
            TypeNames names = new TypeNames(index, file);
            for (TypeModel t : file.types()) {
                names.mentionedBy(t).forEach(this::need);
                for (MethodModel m : t.methods()) {
                    enqueue(side, new Target(m, t, file), 0);
                }
            }
            file.imports().single().values().stream().filter(index::declares).forEach(this::need);
        }
    }

    void run() {
        while (!work.isEmpty()) {
            Item item = work.poll();
            follow(item);
        }
    }

    private void enqueue(String side, Target t, int depth) {
        if (depth <= MAX_CALL_DEPTH && reached.add(side + "\u0000" + t.method().id())) {
            work.add(new Item(side, t, depth, receivers(side, t)));
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String>[] receivers(String side, Target target) {
        List<CallSite> calls = target.method().calls();
        Set<String>[] out = new Set[calls.size()];
        TypeNames names = null;
        for (int i = 0; i < calls.size(); i++) {
            CallSite c = calls.get(i);
            switch (c.receiver().kind()) {
                case VARIABLE, TYPE, NEW -> {
                    names = names != null ? names : new TypeNames(index, target.file());
                    out[i] = names.resolve(c.receiver().typeName(), target.type());
                    out[i].forEach(type -> index.filesOf(type).forEach(path -> prefetchFile(side, path)));
                }
                default -> {
                }
            }
        }
        return out;
    }

    private void prefetchFile(String side, String path) {
        if (!models.containsKey(side + "\u0000" + path) && prefetched.add(side + "\u0000" + path)) {
            SourceFile f = sides.get(side).get(path);
            if (f != null) {
                builder.prefetch(f, side);
            }
        }
    }

    private void follow(Item item) {
        MethodModel m = item.target().method();
        TypeModel owner = item.target().type();
        FileModel file = item.target().file();
        TypeNames names = new TypeNames(index, file);
        List<CallSite> calls = m.calls();
        String[] results = new String[calls.size()];
        for (int i = 0; i < calls.size(); i++) {
            CallSite c = calls.get(i);
            List<Target> found = new ArrayList<>();
            switch (c.receiver().kind()) {
                case THIS, SUPER -> {
                    for (String t = owner.qualifiedName(); t != null && found.isEmpty(); t = names.enclosing(t)) {
                        found.addAll(lookup(item.side(), t, c.name()));
                    }
                    String staticOwner = file.imports().statics().get(c.name());
                    if (staticOwner != null && index.declares(staticOwner)) {
                        found.addAll(lookup(item.side(), staticOwner, c.name()));
                    }
                }
                case VARIABLE, TYPE, NEW -> item.receivers()[i]
                        .forEach(q -> found.addAll(lookup(item.side(), q, c.name())));
                case CALL_RESULT -> {
                    int j = c.receiver().chainedCall();
                    if (j >= 0 && j < i && results[j] != null) {
                        found.addAll(lookup(item.side(), results[j], c.name()));
                    }
                }
                default -> {
                }
            }
            for (Target t : found) {
                enqueue(item.side(), t, item.depth() + 1);
                if (results[i] == null && t.method().returnType() != null && !t.method().returnType().equals("void")) {
                    results[i] = new TypeNames(index, t.file()).resolve(t.method().returnType(), t.type()).stream()
                            .findFirst().orElse(null);
                }
            }
        }
    }

    /** Methods named {@code name} a call on {@code type} may run: declared there, inherited, or implementations. */
    private List<Target> lookup(String side, String type, String name) {
        String key = side + "\u0000" + type + "\u0000" + name;
        List<Target> cached = lookups.get(key);
        if (cached != null) {
            return cached;
        }
        lookups.put(key, List.of()); // cycles in supertypes end here
        List<Target> out = new ArrayList<>();
        need(type);
        for (Map.Entry<FileModel, TypeModel> e : typeModels(side, type).entrySet()) {
            TypeModel t = e.getValue();
            List<Target> declared = t.methods().stream().filter(m -> m.name().equals(name))
                    .map(m -> new Target(m, t, e.getKey())).toList();
            out.addAll(declared);
            if (declared.isEmpty()) {
                TypeNames names = new TypeNames(index, e.getKey());
                for (String s : t.supertypes()) {
                    names.resolve(s, t).forEach(q -> out.addAll(lookup(side, q, name)));
                }
            } else if (declared.stream().anyMatch(d -> !d.method().hasBody())) {
                implementations(side, t, name, out, new HashSet<>());
            }
        }
        List<Target> result = List.copyOf(new LinkedHashSet<>(out));
        lookups.put(key, result);
        return result;
    }

    /** The project's implementations (direct and indirect) of {@code name} declared abstract in {@code type}. */
    private void implementations(String side, TypeModel type, String name, List<Target> out, Set<String> seen) {
        Set<String> candidates = index.possibleSubtypes(type.simpleName());
        if (candidates.size() > MAX_IMPLEMENTATIONS || !seen.add(type.qualifiedName())) {
            return;
        }
        for (String candidate : candidates) {
            for (Map.Entry<FileModel, TypeModel> e : typeModels(side, candidate).entrySet()) {
                TypeModel sub = e.getValue();
                TypeNames names = new TypeNames(index, e.getKey());
                boolean extendsType = sub.supertypes().stream()
                        .anyMatch(s -> names.resolve(s, sub).contains(type.qualifiedName()));
                if (!extendsType) {
                    continue;
                }
                need(candidate);
                sub.methods().stream().filter(m -> m.name().equals(name))
                        .forEach(m -> out.add(new Target(m, sub, e.getKey())));
                implementations(side, sub, name, out, seen);
            }
        }
    }

    /** Loads the files declaring a type and, transitively, its supertypes (closures and roles need them). */
    private void need(String type) {
        if (!neededTypes.add(type)) {
            return;
        }
        needed.addAll(index.filesOf(type));
        for (String side : sides.keySet()) {
            for (Map.Entry<FileModel, TypeModel> e : typeModels(side, type).entrySet()) {
                TypeNames names = new TypeNames(index, e.getKey());
                for (String s : e.getValue().supertypes()) {
                    names.resolve(s, e.getValue()).forEach(this::need);
                }
            }
        }
    }

    private Map<FileModel, TypeModel> typeModels(String side, String type) {
        Map<FileModel, TypeModel> out = new java.util.LinkedHashMap<>();
        for (String path : index.filesOf(type)) {
            FileModel file = model(side, path);
            if (file != null) {
                file.types().stream().filter(t -> t.qualifiedName().equals(type)).findFirst()
                        .ifPresent(t -> out.put(file, t));
            }
        }
        return out;
    }

    private FileModel model(String side, String path) {
        String key = side + "\u0000" + path;
        if (models.containsKey(key)) {
            return models.get(key);
        }
        SourceFile f = sides.get(side).get(path);
        FileModel model = null;
        if (f != null) {
            FrontEnd.Result r = builder.parse(f, side);
            model = r.model();
            fileRead.run();
        }
        models.put(key, model);
        return model;
    }
}
