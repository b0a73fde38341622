package dev.opsdiff.engine;

import dev.opsdiff.frontend.FrontEnd;
import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The files an analysis needs: those that differ between the sides, plus — transitively — the files declaring the
 * types they use, so summaries see the helpers and clients they call. Unchanged callers are not needed: a finding
 * belongs to the method where the growth originates, which is in a changed file. Files are found by a cheap index
 * of file names (a top-level type lives in {@code Name.java}); only what is reached gets parsed.
 */
final class Neighbourhood {
    private Neighbourhood() {
    }

    static Set<String> of(Snapshot before, Snapshot after, ProgramBuilder builder) {
        Map<String, SourceFile> b = byPath(before);
        Map<String, SourceFile> a = byPath(after);
        Map<String, Set<String>> byStem = new HashMap<>();
        for (Map<String, SourceFile> side : List.of(b, a)) {
            side.keySet().stream().filter(p -> p.endsWith(".java"))
                    .forEach(p -> byStem.computeIfAbsent(stem(p), k -> new TreeSet<>()).add(p));
        }
        Set<String> focus = new TreeSet<>();
        Deque<String> work = new ArrayDeque<>();
        Set<String> all = new TreeSet<>(b.keySet());
        all.addAll(a.keySet());
        for (String path : all) {
            SourceFile x = b.get(path);
            SourceFile y = a.get(path);
            boolean changed = x == null || y == null || !Objects.equals(x.contentHash(), y.contentHash());
            if (!path.endsWith(".java") || changed) {
                focus.add(path);
                if (path.endsWith(".java")) {
                    work.add(path);
                }
            }
        }
        readersOfChanges(b, a, focus);
        registrations(b, a, focus);
        while (!work.isEmpty()) {
            String path = work.poll();
            for (Map.Entry<String, Map<String, SourceFile>> side : Map.of("before", b, "after", a).entrySet()) {
                SourceFile f = side.getValue().get(path);
                if (f == null) {
                    continue;
                }
                FrontEnd.Result r = builder.parse(f, side.getKey());
                if (r.model() == null) {
                    continue;
                }
                referencedNames(r.model(), name -> {
                    for (String candidate : byStem.getOrDefault(name, Set.of())) {
                        if (focus.add(candidate)) {
                            work.add(candidate);
                        }
                    }
                });
            }
        }
        return focus;
    }

    /** Configuration classes that register project types by package (mapper scans) wherever they live. */
    private static final java.util.regex.Pattern REGISTRAR = java.util.regex.Pattern.compile(
            ".*(Application|Config|Configuration|Starter|AutoConfiguration)\\.java");
    private static final List<String> REGISTRATIONS = List.of("@MapperScan");

    /**
     * A mapper without {@code @Mapper} is one because a {@code @MapperScan} somewhere names its package: the
     * (few) configuration classes that say so are read, by file name first so that the tree's text is not.
     */
    private static void registrations(Map<String, SourceFile> b, Map<String, SourceFile> a, Set<String> focus) {
        for (Map<String, SourceFile> side : List.of(b, a)) {
            for (Map.Entry<String, SourceFile> e : side.entrySet()) {
                if (!focus.contains(e.getKey()) && REGISTRAR.matcher(e.getKey()).matches()
                        && REGISTRATIONS.stream().anyMatch(e.getValue().text()::contains)) {
                    focus.add(e.getKey());
                }
            }
        }
    }

    /** Annotations that read Spring configuration: their files matter when a properties/YAML file changed. */
    private static final List<String> CONFIG_READERS = List.of("@Value(", "@Retry(", "@TimeLimiter(",
            "@ConfigurationProperties", "@FeignClient(");

    /**
     * Added for retry-amplification and timeout-change: an unchanged file can run a changed client inside its own
     * retry or transaction deadline, or read a changed constant or property, and the finding (on the changed line)
     * needs that file. One level up, found by text so only files that mention a changed type (or, when a config file
     * changed, read configuration) are parsed; their own callees are not followed.
     */
    private static void readersOfChanges(Map<String, SourceFile> b, Map<String, SourceFile> a, Set<String> focus) {
        Set<String> changedTypes = new TreeSet<>();
        boolean configChanged = false;
        Set<String> all = new TreeSet<>(b.keySet());
        all.addAll(a.keySet());
        for (String path : all) {
            SourceFile x = b.get(path);
            SourceFile y = a.get(path);
            if (x != null && y != null && Objects.equals(x.contentHash(), y.contentHash())) {
                continue;
            }
            if (path.endsWith(".java")) {
                changedTypes.add(stem(path));
            } else {
                configChanged = true;
            }
        }
        if (changedTypes.isEmpty() && !configChanged) {
            return;
        }
        java.util.regex.Pattern mention = java.util.regex.Pattern.compile("\\b(" + String.join("|", changedTypes) + ")\\b");
        for (Map.Entry<String, SourceFile> e : a.entrySet()) {
            String path = e.getKey();
            if (!path.endsWith(".java") || focus.contains(path) || !b.containsKey(path)) {
                continue;
            }
            String text = e.getValue().text();
            boolean reads = configChanged && CONFIG_READERS.stream().anyMatch(text::contains);
            if (reads || (!changedTypes.isEmpty() && mention.matcher(text).find())) {
                focus.add(path);
            }
        }
    }

    /** Simple names of the types a file mentions: supertypes, fields, parameters, receivers, annotations. */
    static void referencedNames(FileModel file, Consumer<String> sink) {
        file.imports().single().keySet().forEach(sink);
        for (TypeModel t : file.types()) {
            t.supertypes().forEach(s -> sink.accept(simple(s)));
            t.annotations().forEach(an -> sink.accept(an.simpleName()));
            for (Field f : t.fields()) {
                accept(f.typeName(), sink);
            }
            for (MethodModel m : t.methods()) {
                accept(m.returnType(), sink);
                for (Parameter p : m.parameters()) {
                    accept(p.typeName(), sink);
                }
                for (Annotation an : m.annotations()) {
                    sink.accept(an.simpleName());
                }
                for (CallSite c : m.calls()) {
                    accept(c.receiver().typeName(), sink);
                }
            }
        }
    }

    private static void accept(String typeName, Consumer<String> sink) {
        if (typeName != null) {
            String t = typeName.replace("[]", "");
            sink.accept(simple(t));
            int dot = t.indexOf('.');
            if (dot > 0) {
                sink.accept(t.substring(0, dot)); // Outer.Inner lives in Outer.java
            }
        }
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String stem(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".java") ? file.substring(0, file.length() - 5) : file;
    }

    private static Map<String, SourceFile> byPath(Snapshot s) {
        Map<String, SourceFile> out = new HashMap<>();
        s.files().forEach(f -> out.put(f.path(), f));
        return out;
    }
}
