package dev.opsdiff.engine;

import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test code is not production: a timeout raised in an integration test or a query loop in a fixture is no
 * operational risk, so test sources are left out unless the configuration says {@code includeTests: true}. Test
 * sources are Maven/Gradle test roots and classes named {@code *Test}, {@code *Tests}, {@code *TestCase}, {@code *IT}.
 */
final class TestSources {
    /** Test source roots: a path starting with one of these, or holding it after a '/'. */
    private static final List<String> TEST_ROOTS = Stream.of("test", "it", "integrationTest", "integration-test",
            "testFixtures", "test-fixtures", "jmh").map(r -> "src/" + r + "/").toList();
    /** The same roots below a directory; built once, as this runs for every file of a tree. */
    private static final List<String> NESTED_TEST_ROOTS = TEST_ROOTS.stream().map(r -> "/" + r).toList();
    /** A test class's file name: word characters ending in one of these. */
    private static final Pattern TEST_CLASS = Pattern.compile("\\w*(Test|Tests|TestCase|IT|ITCase)\\.java");

    private final boolean include;

    TestSources(boolean include) {
        this.include = include;
    }

    /** Called for every file of both sides: plain string tests, not a backtracking {@code (^|.*\/)} regex. */
    static boolean isTest(String path) {
        for (int i = 0; i < TEST_ROOTS.size(); i++) {
            if (path.startsWith(TEST_ROOTS.get(i)) || path.contains(NESTED_TEST_ROOTS.get(i))) {
                return true;
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".java") && TEST_CLASS.matcher(name).matches();
    }

    Snapshot without(Snapshot s) {
        if (include) {
            return s;
        }
        return Snapshot.of(s.label(), s.files().stream().filter(f -> !isTest(f.path())).toList());
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
