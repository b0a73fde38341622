package dev.opsdiff.engine;

import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Test code is not production: a timeout raised in an integration test or a query loop in a fixture is no
 * operational risk, so test sources are left out unless the configuration says {@code includeTests: true}. Test
 * sources are Maven/Gradle test roots and classes named {@code *Test}, {@code *Tests}, {@code *TestCase}, {@code *IT}.
 */
final class TestSources {
    private static final Pattern TEST_ROOT = Pattern.compile(
            "(^|.*/)src/(test|it|integrationTest|integration-test|testFixtures|test-fixtures|jmh)/.*");
    private static final Pattern TEST_CLASS = Pattern.compile("(^|.*/)\\w*(Test|Tests|TestCase|IT|ITCase)\\.java");

    private final boolean include;

    TestSources(boolean include) {
        this.include = include;
    }

    static boolean isTest(String path) {
        return TEST_ROOT.matcher(path).matches() || TEST_CLASS.matcher(path).matches();
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
                if (o == null || !Objects.equals(o.contentHash(), f.contentHash())) {
                    n++;
                }
            }
        }
        return n + old.size();
    }
}
