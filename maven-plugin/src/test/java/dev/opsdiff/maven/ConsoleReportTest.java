package dev.opsdiff.maven;

import dev.opsdiff.model.Location;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build-log form of findings: Checkstyle's {@code path:[line,col] (rule) message}, then the call path. */
class ConsoleReportTest {
    private static final Path REPO = Path.of("/repo").toAbsolutePath();

    private static Finding finding(String rule, Level level, String path) {
        Location at = new Location(path, 27, 31, 27, 60);
        Location helper = new Location("shared/src/main/java/Helper.java", 9, 5, 9, 20);
        return new Finding(rule, level, "cache read now runs once per item.", at, "A#m()", List.of(),
                List.of(new FlowStep(at, "A.m calls `h(...)` once per element of `items`"),
                        new FlowStep(helper, "Helper.h cache read `get(...)`")),
                Map.of(), rule + "|A#m", null);
    }

    @Test
    void pathsAreRelativeToTheModuleOrElseToTheRepository() {
        Finding f = finding("cache-cardinality", Level.ERROR, "shop/src/main/java/A.java");
        assertEquals(List.of(
                "src/main/java/A.java:[27,31] (cache-cardinality) cache read now runs once per item.",
                "    at A.m calls `h(...)` once per element of `items` (src/main/java/A.java:27)",
                "    at Helper.h cache read `get(...)` (shared/src/main/java/Helper.java:9)"),
                ConsoleReport.lines(f, REPO, REPO.resolve("shop")));
    }

    @Test
    void summaryCountsLevelsAndRules() {
        List<Finding> two = List.of(finding("query-fanout", Level.WARNING, "A.java"),
                finding("cache-cardinality", Level.ERROR, "A.java"));
        assertEquals("2 findings (1 error, 1 warning: cache-cardinality 1, query-fanout 1) in 3 changed files",
                ConsoleReport.summary(two, 3));
        assertEquals("no risky changes in 1 changed file", ConsoleReport.summary(List.of(), 1));
    }
}
