package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.model.Location;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several reports from one result; grouping, counts and folded call paths of the reports for people. */
class ReportSetTest {
    @TempDir
    Path tmp;

    private static final ReportContext CONTEXT = ReportContext.of("1.0", "a → b");

    @Test
    void everyTargetGetsExactlyWhatItsWriterAloneWouldWrite() throws IOException {
        AnalysisResult result = ReportFixtures.result(ReportFixtures.SERVICE);
        List<ReportTarget> targets = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            targets.add(ReportTarget.file(f, tmp.resolve("nested/report." + f.id())));
        }
        targets.add(ReportTarget.stream(ReportFormat.TEXT, false));
        StringWriter stream = new StringWriter();
        new ReportSet(targets).writeAll(result, CONTEXT, stream);
        for (ReportFormat f : ReportFormat.values()) {
            StringWriter alone = new StringWriter();
            f.writer().write(result, CONTEXT, alone);
            assertEquals(alone.toString(), Files.readString(tmp.resolve("nested/report." + f.id())), f.id());
        }
        assertEquals(Files.readString(tmp.resolve("nested/report.text")), stream.toString());
    }

    @Test
    void theSameFileTwiceOrTwoStreamReportsAreRefused() {
        Path p = tmp.resolve("r");
        InputException same = assertThrows(InputException.class, () -> new ReportSet(List.of(
                ReportTarget.file(ReportFormat.SARIF, p), ReportTarget.file(ReportFormat.TEXT, tmp.resolve("x/../r")))));
        assertTrue(same.getMessage().startsWith("two reports would be written to "), same.getMessage());
        assertThrows(InputException.class, () -> new ReportSet(List.of(ReportTarget.stream(ReportFormat.TEXT, false),
                ReportTarget.stream(ReportFormat.SARIF, false))));
    }

    @Test
    void textAndMarkdownGroupByFileAndCountPerLevelAndRule() throws IOException {
        AnalysisResult result = threeFindingsInTwoFiles(2);
        String text = render(new TextReport(), result);
        assertEquals("""
                a/One.java:3:5: error [query-fanout] Query per item.
                    at One.run calls `repo.find(...)` (a/One.java:3)
                    at One.run calls `repo.find(...)` (a/One.java:4)
                a/One.java:9:5: warning [cache-cardinality] Cache per item.

                b/Two.java:2:1: error [cache-cardinality] Cache per item.

                opsdiff: 3 findings in 2 files: 2 errors, 1 warning (cache-cardinality 2, query-fanout 1)
                """, text);
        String md = render(new MarkdownReport(), result);
        assertTrue(md.indexOf("#### `a/One.java`") < md.indexOf("Query per item")
                && md.indexOf("#### `b/Two.java`") > md.indexOf("#### `a/One.java`"), md);
        assertTrue(md.contains("**3 findings** in 2 files: 2 errors, 1 warning · `cache-cardinality` 2, "
                + "`query-fanout` 1"), md);
        assertTrue(!md.contains("<details><summary>Call path"), "short paths stay open: " + md);
    }

    @Test
    void markdownFoldsLongCallPaths() throws IOException {
        String md = render(new MarkdownReport(), threeFindingsInTwoFiles(MarkdownReport.OPEN_CALL_PATH_STEPS + 1));
        assertTrue(md.contains("<details><summary>Call path (" + (MarkdownReport.OPEN_CALL_PATH_STEPS + 1)
                + " steps)</summary>\n\n1. One.run calls"), md);
    }

    private static String render(ReportWriter w, AnalysisResult result) throws IOException {
        StringWriter out = new StringWriter();
        w.write(result, CONTEXT, out);
        return out.toString();
    }

    private static AnalysisResult threeFindingsInTwoFiles(int pathSteps) {
        List<FlowStep> path = new ArrayList<>();
        for (int i = 0; i < pathSteps; i++) {
            path.add(new FlowStep(new Location("a/One.java", 3 + i, 5, 3 + i, 9), "One.run calls `repo.find(...)`"));
        }
        List<Finding> findings = List.of(
                finding("query-fanout", Level.ERROR, "Query per item.", new Location("a/One.java", 3, 5, 3, 9), path),
                finding("cache-cardinality", Level.WARNING, "Cache per item.", new Location("a/One.java", 9, 5, 9, 9),
                        List.of()),
                finding("cache-cardinality", Level.ERROR, "Cache per item.", new Location("b/Two.java", 2, 1, 2, 9),
                        List.of()));
        AnalysisResult base = ReportFixtures.result(ReportFixtures.SERVICE);
        return new AnalysisResult(findings, List.of(), base.rules(), base.before(), base.after(), null);
    }

    private static Finding finding(String rule, Level level, String message, Location at, List<FlowStep> path) {
        return new Finding(rule, level, message, at, "m", List.of(), path, Map.of(), rule + at, null);
    }
}
