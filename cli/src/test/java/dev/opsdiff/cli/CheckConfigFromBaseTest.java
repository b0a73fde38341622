package dev.opsdiff.cli;

import dev.opsdiff.cli.GitFixture.Run;
import dev.opsdiff.cli.git.GitRange;
import dev.opsdiff.cli.git.GitSnapshots;
import dev.opsdiff.cli.git.RangeResolver;
import dev.opsdiff.config.Config;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.report.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static dev.opsdiff.cli.GitFixture.RISKY_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pull request cannot switch its own check off: configuration and baseline come from the base commit. */
class CheckConfigFromBaseTest {
    @TempDir
    Path tmp;

    private static final String FINDING = PRICING_PATH + ":" + RISKY_LINE + ":";

    @Test
    void configAddedByTheChangeDoesNotDisableItsOwnCheck() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY)
                    .write(".opsdiff.yml", "rules:\n  cache-cardinality: false\n").commit("per-item pricing");

            Run fromBase = repo.check("--base", "HEAD~1");
            assertEquals(1, fromBase.code(), fromBase.toString());
            assertTrue(fromBase.out().startsWith(FINDING), fromBase.toString());
            assertTrue(fromBase.out().contains("[cache-cardinality]"), fromBase.toString());
            assertTrue(fromBase.err().contains("This change edits .opsdiff.yml: it disables rule cache-cardinality"),
                    fromBase.toString());
            assertTrue(fromBase.err().contains("not applied"), fromBase.toString());
            assertTrue(fromBase.out().contains("opsdiff: notice: This change edits .opsdiff.yml"), fromBase.toString());

            Run fromHead = repo.check("--base", "HEAD~1", "--config-from", "head");
            assertEquals(0, fromHead.code(), fromHead.toString());
            assertFalse(fromHead.out().contains("[cache-cardinality]"), fromHead.toString());
            assertTrue(fromHead.err().contains("disables rule cache-cardinality"), fromHead.toString());
            assertTrue(fromHead.err().contains("applied, because --config-from head"), fromHead.toString());
        }
    }

    @Test
    void uncommittedConfigIsReadFromHeadCommitInThePlainCheck() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY)
                    .write(".opsdiff.yml", "rules:\n  cache-cardinality:\n    level: note\n");
            Run r = repo.check();
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("lowers rule cache-cardinality from error to note"), r.toString());
            Run staged = repo.stageAllAndCheck("--staged");
            assertEquals(1, staged.code(), staged.toString());
        }
    }

    @Test
    void weakeningsAreNotifiedInSarifAndMarkdown() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(".opsdiff.yml", "rules:\n  timeout-change:\n    factor: 2\n").commit("config");
            repo.write(PRICING_PATH, PRICING_RISKY).write(".opsdiff.yml", """
                    rules:
                      timeout-change:
                        factor: 1000
                    catalog:
                      apis:
                        - library: Rule cache
                          types: [shop.RuleCache]
                          calls:
                            - effect: db-query
                              methods: [rulesFor]
                    """).commit("raise factor");
            Run sarif = repo.check("--base", "HEAD~1", "--format", "sarif");
            assertEquals(1, sarif.code(), sarif.toString());
            assertTrue(sarif.out().contains("\"toolExecutionNotifications\""), sarif.out());
            assertTrue(sarif.out().contains("raises timeout-change.factor from 2 to 1000"), sarif.out());
            assertTrue(sarif.out().contains("adds 1 catalog entry (apis: Rule cache)"), sarif.out());
            Run md = repo.check("--base", "HEAD~1", "--format", "markdown");
            assertTrue(md.out().contains("> [!WARNING]"), md.out());
            assertTrue(md.out().contains("raises timeout-change.factor from 2 to 1000"), md.out());
        }
    }

    @Test
    void baselineAddedByTheChangeDoesNotHideItsFinding() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            String accepted = sarif(fingerprintOfTheFinding(repo));
            repo.write(".opsdiff-baseline.sarif", accepted).commit("per-item pricing, accepted");
            String baseline = tmp.resolve(".opsdiff-baseline.sarif").toString();

            Run fromBase = repo.check("--base", "HEAD~1", "--baseline", baseline);
            assertEquals(1, fromBase.code(), fromBase.toString());
            assertTrue(fromBase.err().contains("This change adds the baseline .opsdiff-baseline.sarif with 1 "
                    + "accepted finding"), fromBase.toString());

            Run fromHead = repo.check("--base", "HEAD~1", "--baseline", baseline, "--config-from", "head");
            assertEquals(0, fromHead.code(), fromHead.toString());
            assertTrue(fromHead.err().contains("1 finding accepted by baseline"), fromHead.toString());
        }
    }

    @Test
    void suppressionAddedByTheChangeIsCountedAndCanBeRefused() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            String[] lines = PRICING_RISKY.split("\n", -1);
            lines[RISKY_LINE - 1] = lines[RISKY_LINE - 1] + " // opsdiff:ignore cache-cardinality tiny carts";
            repo.write(PRICING_PATH, String.join("\n", lines));
            Run r = repo.check();
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("; 1 suppressed, 1 of them by suppressions this change adds"), r.toString());
            Run refused = repo.check("--no-new-suppressions");
            assertEquals(1, refused.code(), refused.toString());
            assertTrue(refused.out().contains("[cache-cardinality]"), refused.toString());
        }
    }

    @Test
    void invalidConfigInTheChangeIsANoticeWhenReadFromBase() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY).write(".opsdiff.yml", "rules: [oops\n").commit("broken config");
            Run r = repo.check("--base", "HEAD~1");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("The change leaves .opsdiff.yml invalid"), r.toString());
            Run head = repo.check("--base", "HEAD~1", "--config-from", "head");
            assertEquals(2, head.code(), head.toString());
            assertTrue(head.err().contains(".opsdiff.yml:"), head.toString());
            Run bad = repo.check("--config-from", "tip");
            assertEquals(2, bad.code(), bad.toString());
        }
    }

    private static String fingerprintOfTheFinding(GitFixture repo) {
        GitRange range = new RangeResolver(repo.git.getRepository(), w -> { }).resolve(null, false);
        GitSnapshots sides = GitSnapshots.build(repo.git.getRepository(), range);
        var result = new Analyzer(Analyzer.discoverRules(), Config.empty(), Settings.defaults())
                .analyze(sides.before(), sides.after());
        assertEquals(1, result.findings().size(), result.findings().toString());
        return Fingerprints.stable(result.findings().get(0));
    }

    private static String sarif(String fingerprint) {
        return """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "opsdiff"}}, "results": [
                  {"ruleId": "cache-cardinality", "partialFingerprints": {"opsdiff/v1": "%s"}}]}]}
                """.formatted(fingerprint);
    }

}
