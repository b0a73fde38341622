package dev.opsdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdiff.cli.GitFixture.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static dev.opsdiff.cli.GitFixture.RISKY_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --sarif-output}, {@code --markdown-output}, {@code --text-output}: several reports from one analysis. */
class ExtraReportsTest {
    @TempDir
    Path tmp;

    /** The issue's acceptance scenario: the last commit introduces the risky change. */
    @Test
    void oneCheckWritesSarifMarkdownAndAnnotationsFromOneAnalysis() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp.resolve("repo"))) {
            repo.write(PRICING_PATH, PRICING_RISKY).commit("price per item");
            Path sarif = tmp.resolve("out/a.sarif");
            Path md = tmp.resolve("out/a.md");
            Path text = tmp.resolve("a.txt");
            Run r = repo.check("--base", "HEAD~1", "--sarif-output", sarif.toString(), "--markdown-output",
                    md.toString(), "--text-output", text.toString(), "--format", "github", "--stats");
            assertEquals(1, r.code(), r.toString());

            String annotation = "::error file=" + PRICING_PATH + ",line=" + RISKY_LINE + ",";
            assertTrue(r.out().startsWith(annotation), r.toString());
            assertTrue(r.err().contains("opsdiff: 1 analysis, 4 reports: github to standard output, sarif to "
                    + sarif + ", markdown to " + md + ", text to " + text + "\n"), r.toString());

            JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0");
            assertEquals("cache-cardinality", result.at("/ruleId").asText());
            assertEquals(RISKY_LINE, result.at("/locations/0/physicalLocation/region/startLine").asInt());
            String markdown = Files.readString(md);
            assertTrue(markdown.contains("`cache-cardinality` · `" + PRICING_PATH + ":" + RISKY_LINE + "`"), markdown);
            String plain = Files.readString(text);
            assertTrue(plain.startsWith(PRICING_PATH + ":" + RISKY_LINE + ":"), plain);
            assertFalse(plain.contains("\u001b["), "files are never coloured");
            // Every report carries the same message, from the same finding object.
            String message = result.at("/message/text").asText();
            assertTrue(markdown.contains(message.substring(0, 40)), markdown);
            assertTrue(plain.contains(message), plain);
        }
    }

    @Test
    void diffWritesTheSameFindingIntoEveryReport() throws Exception {
        Path examples = Path.of("..", "examples", "pricing").toAbsolutePath().normalize();
        Path sarif = tmp.resolve("d.sarif");
        Path codequality = tmp.resolve("gl-code-quality-report.json");
        Path text = tmp.resolve("d.txt");
        Run r = GitFixture.run("diff", examples.resolve("before").toString(), examples.resolve("after").toString(),
                "--format", "markdown", "--sarif-output", sarif.toString(), "--codequality-output",
                codequality.toString(), "--text-output", text.toString());
        assertEquals(1, r.code(), r.toString());
        JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0");
        String path = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
        assertTrue(r.out().contains("`cache-cardinality` · `" + path + ":" + line + "`"), r.toString());
        assertTrue(Files.readString(text).startsWith(path + ":" + line + ":"), Files.readString(text));
        JsonNode issue = new ObjectMapper().readTree(codequality.toFile()).get(0);
        assertEquals(path, issue.at("/location/path").asText());
        assertEquals(line, issue.at("/location/lines/begin").asInt());
        assertEquals(result.at("/partialFingerprints/opsdiff~1v1").asText(), issue.get("fingerprint").asText());
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        Run r = GitFixture.run("diff", tmp.toString(), tmp.toString(), "--format", "json");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("unknown report format 'json' (expected text, sarif, markdown, github, "
                + "codequality)"), r.toString());
    }

    @Test
    void extraReportsAreWrittenWhenNothingIsFoundAndTheExitCodeStaysZero() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp.resolve("repo"))) {
            Path sarif = tmp.resolve("empty.sarif");
            Run r = repo.check("--sarif-output", sarif.toString());
            assertEquals(0, r.code(), r.toString());
            assertEquals(0, new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").size());
            assertTrue(r.out().contains("no risky changes found"), r.toString());
        }
    }

    @Test
    void twoReportsForOneFileAreAUsageErrorBeforeAnything() throws Exception {
        Path same = tmp.resolve("r.out");
        Run r = GitFixture.run("diff", tmp.toString(), tmp.toString(), "--output", same.toString(),
                "--markdown-output", tmp.resolve("x/../r.out").toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        assertTrue(r.err().startsWith("opsdiff: two reports would be written to "), r.toString());
        assertFalse(Files.exists(same));
    }

    @Test
    void anUnwritableReportIsOneLineAndTheOthersAreStillWritten() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp.resolve("repo"))) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Path directory = Files.createDirectories(tmp.resolve("a-directory"));
            Path sarif = tmp.resolve("ok.sarif");
            Run r = repo.check("--markdown-output", directory.toString(), "--sarif-output", sarif.toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("opsdiff: cannot write markdown report to " + directory + ": "), r.toString());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
            assertTrue(Files.size(sarif) > 0, "the SARIF report is written all the same");
        }
    }

    @Test
    void colourOnlyWhenAskedForOrOnATerminal() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp.resolve("repo"))) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Run always = repo.check("--color", "always");
            assertTrue(always.out().startsWith("\u001b[1m" + PRICING_PATH + ":" + RISKY_LINE + ":"), always.toString());
            assertTrue(always.out().contains("\u001b[1;31merror\u001b[0m"), always.toString());
            // Tests write to a StringWriter, which is no terminal: auto means none.
            assertFalse(repo.check().out().contains("\u001b["));
            assertFalse(repo.check("--color", "never").out().contains("\u001b["));
            Path text = tmp.resolve("c.txt");
            repo.check("--color", "always", "--text-output", text.toString());
            assertFalse(Files.readString(text).contains("\u001b["), "only standard output is coloured");
            assertFalse(repo.check("--color", "always", "--format", "markdown").out().contains("\u001b["));
            Run bad = repo.check("--color", "sometimes");
            assertEquals(2, bad.code());
            assertTrue(bad.err().contains("expected auto, always or never, not 'sometimes'"), bad.toString());
        }
    }

    @Test
    void autoColourFollowsTheTerminalNoColorAndDumbTerminals() {
        assertTrue(ColorChoice.AUTO.enabled(Map.of(), true));
        assertFalse(ColorChoice.AUTO.enabled(Map.of(), false));
        assertFalse(ColorChoice.AUTO.enabled(Map.of("NO_COLOR", "1"), true));
        assertTrue(ColorChoice.AUTO.enabled(Map.of("NO_COLOR", ""), true), "no-color.org: empty means unset");
        assertFalse(ColorChoice.AUTO.enabled(Map.of("TERM", "dumb"), true));
        assertTrue(ColorChoice.ALWAYS.enabled(Map.of("NO_COLOR", "1"), false), "an explicit flag wins");
        assertFalse(ColorChoice.NEVER.enabled(Map.of(), true));
    }
}
