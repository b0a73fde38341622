package dev.opsdiff.engine;

import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files an analysis needs: those that differ between the sides; the files holding the methods they call,
 * transitively ({@link CallReach}); the declarations of the types they mention; and the unchanged files that read a
 * changed type or configuration. Files are found through a {@link TypeIndex} of package-qualified type names and
 * words, built without parsing; only what is reached gets parsed.
 */
final class Neighbourhood {
    /** Configuration classes that register project types by package (mapper scans) wherever they live. */
    private static final List<String> REGISTRAR_SUFFIXES = List.of("Application.java", "Config.java",
            "Configuration.java", "Starter.java");

    private Neighbourhood() {
    }

    static Set<String> of(Snapshot before, Snapshot after, ProgramBuilder builder) {
        return of(before, after, builder, SourceFacts::scanFile, () -> { });
    }

    /** @param fileRead called each time following calls reads a file of a side, for progress */
    static Set<String> of(Snapshot before, Snapshot after, ProgramBuilder builder, TypeIndex.FactsSource facts,
                          Runnable fileRead) {
        Map<String, SourceFile> b = byPath(before);
        Map<String, SourceFile> a = byPath(after);
        Set<String> all = new java.util.HashSet<>(b.keySet()); // order-free: what it feeds is sorted
        all.addAll(a.keySet());
        Set<String> focus = new TreeSet<>();
        Set<String> changedJava = new TreeSet<>();
        boolean configChanged = false;
        for (String path : all) {
            boolean java = path.endsWith(".java");
            boolean changed = changed(b.get(path), a.get(path));
            if (!java || changed) {
                focus.add(path);
            }
            if (changed) {
                if (java) {
                    changedJava.add(path);
                } else {
                    configChanged = true;
                }
            }
        }
        if (changedJava.isEmpty() && !configChanged) {
            return focus;
        }
        TypeIndex index = new TypeIndex(List.of(before.files(), after.files()), facts);
        CallReach reach = new CallReach(index, builder, b, a, fileRead);
        reach.prefetch(changedJava);
        changedJava.forEach(reach::fromChangedFile);
        reach.run();
        focus.addAll(reach.needed());
        readersOfChanges(index, b, a, changedJava, configChanged, focus);
        registrations(index, b, a, focus);
        return focus;
    }

    /** Same file object (git: an unchanged path is shared by both sides), else the content decides. */
    private static boolean changed(SourceFile x, SourceFile y) {
        return x == null || y == null || (x != y && !x.contentHash().equals(y.contentHash()));
    }

    /**
     * A mapper without {@code @Mapper} is one because a {@code @MapperScan} somewhere names its package: the
     * (few) configuration classes that say so are read.
     */
    private static void registrations(TypeIndex index, Map<String, SourceFile> b, Map<String, SourceFile> a,
                                      Set<String> focus) {
        for (Map<String, SourceFile> side : List.of(b, a)) {
            for (String path : side.keySet()) {
                if (!focus.contains(path) && isRegistrar(path) && index.facts(path) != null
                        && index.facts(path).registersMappers()) {
                    focus.add(path);
                }
            }
        }
    }

    /** Named like a configuration class (a suffix test: this runs for every file of the tree). */
    private static boolean isRegistrar(String path) {
        for (String suffix : REGISTRAR_SUFFIXES) {
            if (path.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Added for retry-amplification and timeout-change: an unchanged file can run a changed client inside its own
     * retry or transaction deadline, or read a changed constant or property, and the finding (on the changed line)
     * needs that file. One level up, found in the word index, so only files that mention a changed type (or, when a
     * config file changed, read configuration) are parsed; their own callees are not followed.
     */
    private static void readersOfChanges(TypeIndex index, Map<String, SourceFile> b, Map<String, SourceFile> a,
                                         Set<String> changedJava, boolean configChanged, Set<String> focus) {
        Set<String> readers = new TreeSet<>();
        for (String path : changedJava) {
            readers.addAll(index.filesMentioning(stem(path)));
        }
        if (configChanged) {
            for (String path : a.keySet()) {
                SourceFacts f = index.facts(path);
                if (f != null && f.readsConfig()) {
                    readers.add(path);
                }
            }
        }
        for (String path : readers) {
            if (path.endsWith(".java") && a.containsKey(path) && b.containsKey(path)) {
                focus.add(path);
            }
        }
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
