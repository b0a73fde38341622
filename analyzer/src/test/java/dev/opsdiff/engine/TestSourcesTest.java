package dev.opsdiff.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which paths are test sources: the string tests agree with the documented definition, written as a regex. */
class TestSourcesTest {
    /** The definition in TestSources' documentation, as one pattern (too slow to run per file of a tree). */
    private static final Pattern DEFINITION = Pattern.compile(
            "(.*/)?src/(test|it|integrationTest|integration-test|testFixtures|test-fixtures|jmh)/.*"
                    + "|(.*/)?\\w*(Test|Tests|TestCase|IT|ITCase)\\.java");

    @Test
    void agreesWithTheDefinition() {
        List<String> dirs = List.of("", "src/", "src/main/java/a/", "src/test/java/a/", "mod/src/test/java/",
                "mod/src/it/", "mod/src/jmh/x/", "mod/xsrc/test/", "src/testing/", "a/src/test", "src/test-fixtures/",
                "src/integrationTest/k/", "src//test/", "srcsrc/test/", "x/src/main/src/it/y/");
        List<String> names = List.of("A.java", "ATest.java", "Test.java", "ATests.java", "ATestCase.java", "AIT.java",
                "AITCase.java", "A-Test.java", "Ätest.java", "ÄTest.java", "ATest.txt", "ATestjava", "Contest.java",
                "A_1Test.java", "IT.java", "application.yml", "AT.java");
        List<String> paths = new ArrayList<>();
        dirs.forEach(d -> names.forEach(n -> paths.add(d + n)));
        for (String p : paths) {
            assertEquals(DEFINITION.matcher(p).matches(), TestSources.isTest(p), p);
        }
        assertTrue(TestSources.isTest("clients/src/test/java/org/a/B.java"));
        assertFalse(TestSources.isTest("clients/src/main/java/org/a/B.java"));
    }
}
