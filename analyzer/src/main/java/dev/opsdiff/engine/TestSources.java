package dev.opsdiff.engine;

import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Test code is not production: a timeout raised in an integration test or a query loop in a fixture is no
 * operational risk, so test sources are left out unless the configuration says {@code includeTests: true}. Test
 * sources are Maven/Gradle test roots and classes named {@code *Test}, {@code *Tests}, {@code *TestCase}, {@code *IT}.
 */
final class TestSources {
    /** Test source roots: {@code src/<one of these>/} at the start of a path or after a '/'. */
    private static final Set<String> TEST_ROOTS = Set.of("test", "it", "integrationTest", "integration-test",
            "testFixtures", "test-fixtures", "jmh");
    /** A test class's file name: word characters ({@code \w}) ending in one of these. */
    private static final List<String> TEST_CLASS_ENDINGS = List.of("Test.java", "Tests.java", "TestCase.java",
            "IT.java", "ITCase.java");

    private final boolean include;

    TestSources(boolean include) {
        this.include = include;
    }

    /**
     * Called four times for every file of a tree, on the critical path of every check: one scan for {@code src/}
     * and plain suffix tests (a regex per call cost ~30 ms of a kafka check in a cold JVM).
     */
    static boolean isTest(String path) {
        if (anySourceSet(path, (from, to) -> TEST_ROOTS.contains(path.substring(from, to)))) {
            return true;
        }
        for (String ending : TEST_CLASS_ENDINGS) {
            if (path.endsWith(ending)) {
                return wordCharacters(path, path.lastIndexOf('/') + 1, path.length() - ".java".length());
            }
        }
        return false;
    }

    /** A source set's name, {@code path[from, to)}, in a {@code src/<set>/} of the path. */
    interface SourceSet {
        boolean test(int from, int to);
    }

    /** Whether a {@code src/<set>/} of the path (at its start or after a '/') passes the test: no regex, no copy. */
    static boolean anySourceSet(String path, SourceSet test) {
        for (int at = path.indexOf("src/"); at >= 0; at = path.indexOf("src/", at + 4)) {
            if (at == 0 || path.charAt(at - 1) == '/') {
                int end = path.indexOf('/', at + 4);
                if (end > at + 4 && test.test(at + 4, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} is all {@code [A-Za-z0-9_]}. */
    private static boolean wordCharacters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The side without its test sources (unless included) and without the {@code .java} files of resource roots
     * ({@link ResourceJava}), in one pass. With tests included and nothing to leave out, the side itself.
     */
    Snapshot without(Snapshot s) {
        List<SourceFile> kept = s.files().stream()
                .filter(f -> (include || !isTest(f.path())) && !ResourceJava.isResource(f.path())).toList();
        return include && kept.size() == s.files().size() ? s : Snapshot.of(s.label(), kept);
    }

    /** How many test files differ between the sides (and so were left out of a change). */
    int changedTestFiles(Snapshot before, Snapshot after) {
        if (include) {
            return 0;
        }
        Map<String, SourceFile> old = new HashMap<>();
        before.files().stream().filter(f -> isTest(f.path())).forEach(f -> old.put(f.path(), f));
        int n = 0;
        for (SourceFile f : after.files()) {
            if (isTest(f.path())) {
                SourceFile o = old.remove(f.path());
                // The same object on both sides (git: an unchanged path) is unchanged without reading it.
                if (o == null || (o != f && !Objects.equals(o.contentHash(), f.contentHash()))) {
                    n++;
                }
            }
        }
        return n + old.size();
    }
}
