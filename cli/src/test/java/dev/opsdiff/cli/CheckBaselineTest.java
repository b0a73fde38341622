package dev.opsdiff.cli;

import dev.opsdiff.cli.GitFixture.Run;
import dev.opsdiff.cli.git.GitRange;
import dev.opsdiff.cli.git.GitSnapshots;
import dev.opsdiff.cli.git.RangeResolver;
import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.report.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --baseline}: accepted findings, matched by the opsdiff fingerprint rather than by line. */
class CheckBaselineTest {
    @TempDir
    Path tmp;

    /** The fingerprint of the one finding the current working tree produces. */
    private static String fingerprintOfTheFinding(GitFixture repo) {
        GitRange range = new RangeResolver(repo.git.getRepository(), w -> { }).resolve(null, false);
        GitSnapshots sides = GitSnapshots.build(repo.git.getRepository(), range);
        AnalysisResult result = new Analyzer(Analyzer.discoverRules(), Config.empty(), Settings.defaults())
                .analyze(sides.before(), sides.after());
        // It failed twice in ~15 full builds (0 findings) and never alone: say everything we know when it does.
        assertEquals(1, result.findings().size(), () -> result.findings() + "; " + sides.changedFiles()
                + " changed files; " + result.stats() + "; problems " + result.problems() + "; before "
                + sides.before().files() + "; after " + sides.after().files() + "; scanned again, after "
                + GitSnapshots.build(repo.git.getRepository(), range).after().files());
        return Fingerprints.stable(result.findings().get(0));
    }

    private Path baseline(String json) throws Exception {
        Path file = tmp.resolve("accepted.sarif");
        Files.writeString(file, json);
        return file;
    }

    /** A minimal SARIF as another tool or an older opsdiff might write it: only what we read is required. */
    private static String sarif(String fingerprint) {
        return """
                {"version": "2.1.0", "runs": [
                  {"tool": {"driver": {"name": "opsdiff"}}},
                  {"results": [
                    {"ruleId": "cache-cardinality", "message": {"text": "no fingerprints here"}},
                    {"ruleId": "cache-cardinality", "partialFingerprints": {"primaryLocationLineHash": "x:1",
                      "opsdiff/v1": "%s"}}
                  ]}
                ]}
                """.formatted(fingerprint);
    }

    @Test
    void acceptedFindingIsDroppedEvenAfterItsLineMoves() throws Exception {
        Path work = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.withService(work)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Path accepted = baseline(sarif(fingerprintOfTheFinding(repo)));

            Run r = repo.check("--baseline", accepted.toString());
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("no risky changes found"), r.toString());
            assertTrue(r.err().contains("opsdiff: 1 finding accepted by baseline " + accepted), r.toString());

            // Unrelated lines above it: the finding moves down three lines and stays accepted.
            repo.write(PRICING_PATH, PRICING_RISKY.replace("package shop;\n", "// Prices carts.\n//\n//\npackage shop;\n"));
            assertEquals(0, repo.check("--baseline", accepted.toString()).code());
        }
    }

    @Test
    void otherFindingsStillFail() throws Exception {
        Path work = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.withService(work)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Run r = repo.check("--baseline", baseline(sarif("0123456789abcdef0123456789abcdef")).toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().contains("[cache-cardinality]"), r.toString());
        }
    }

    @Test
    void diffTakesTheBaselineToo() throws Exception {
        Path work = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.withService(work)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Path accepted = baseline(sarif(fingerprintOfTheFinding(repo)));
            Path before = tmp.resolve("before");
            DiffCommandTest.copy(work.resolve("src"), before.resolve("src"));
            Files.writeString(before.resolve(PRICING_PATH), GitFixture.PRICING);
            Run r = GitFixture.run("diff", before.toString(), work.toString(), "--baseline", accepted.toString());
            assertEquals(0, r.code(), r.toString());
            assertEquals(1, GitFixture.run("diff", before.toString(), work.toString()).code());
        }
    }

    @Test
    void badBaselineIsOneLineAndExitTwo() throws Exception {
        Path work = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.withService(work)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Run broken = repo.check("--baseline", baseline("{\"runs\": [").toString());
            assertEquals(2, broken.code(), broken.toString());
            assertEquals(1, broken.err().lines().filter(l -> !l.startsWith("opsdiff: checking")).count(),
                    broken.toString());
            assertTrue(broken.err().contains("is not valid JSON"), broken.toString());

            Run notSarif = repo.check("--baseline", baseline("{\"findings\": []}").toString());
            assertEquals(2, notSarif.code(), notSarif.toString());
            assertTrue(notSarif.err().contains("is not a SARIF file"), notSarif.toString());

            Run missing = repo.check("--baseline", tmp.resolve("nope.sarif").toString());
            assertEquals(2, missing.code(), missing.toString());
            assertTrue(missing.err().contains("baseline file not found: " + tmp.resolve("nope.sarif")), missing.toString());
        }
    }
}
