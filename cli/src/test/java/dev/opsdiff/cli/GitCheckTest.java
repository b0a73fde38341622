package dev.opsdiff.cli;

import dev.opsdiff.report.ReportFormat;
import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.opsdiff.cli.GitFixture.CACHE_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING;
import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static dev.opsdiff.cli.GitFixture.RULE_CACHE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build-tool facade: the CLI's git check restricted to a module's roots, findings handed back. */
class GitCheckTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheRiskyChangeUnderTheRootsAndWritesTheReports() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY).commit("risky");
            Path sarif = tmp.resolve("target/opsdiff/opsdiff.sarif");
            Path md = tmp.resolve("target/opsdiff/opsdiff.md");
            GitCheck.Result r = GitCheck.in(tmp).baseRef("HEAD~1").roots(List.of(tmp.resolve("src/main/java")))
                    .report(ReportFormat.SARIF, sarif).report(ReportFormat.MARKDOWN, md).cache(false).run();
            assertEquals(1, r.changedFiles(), r.toString());
            assertEquals(1, r.failing(), r.toString());
            assertEquals("cache-cardinality", r.reported().get(0).ruleId());
            assertEquals(PRICING_PATH, r.reported().get(0).location().path());
            assertTrue(r.range().startsWith("working tree against HEAD~1...HEAD (merge base "), r.range());
            assertTrue(Files.readString(sarif).contains("cache-cardinality"));
            assertTrue(Files.readString(md).contains("cache-cardinality"));
        }
    }

    @Test
    void aModuleWithoutChangesIsSkippedAndOtherModulesDoNotCount() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write("other/src/main/java/shop/Other.java", "package shop; class Other {}\n").commit("other");
            repo.write(PRICING_PATH, PRICING_RISKY);
            GitCheck.Result other = GitCheck.in(tmp).roots(List.of(tmp.resolve("other/src/main/java"))).run();
            assertEquals(0, other.changedFiles());
            assertEquals(List.of(), other.findings());
            GitCheck.Result none = GitCheck.in(tmp).roots(List.of(tmp.resolve("missing/src/main/java"))).run();
            assertEquals(0, none.changedFiles());
        }
    }

    @Test
    void excludesAndFailLevelApply() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Path root = tmp.resolve("src/main/java");
            GitCheck.Result excluded = GitCheck.in(tmp).roots(List.of(root)).excludes(List.of("**/PricingService.java"))
                    .cache(false).run();
            assertEquals(0, excluded.changedFiles());
            GitCheck.Result included = GitCheck.in(tmp).roots(List.of(root)).includes(List.of("shop/**"))
                    .failOn(Level.NONE).cache(false).run();
            assertEquals(1, included.changedFiles());
            assertEquals(0, included.failing());
            assertEquals(1, included.reported().size());
        }
    }

    @Test
    void configurationComesFromTheBaseUnlessHead() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(".opsdiff.yml", "rules:\n  cache-cardinality: false\n").write(PRICING_PATH, PRICING_RISKY);
            GitCheck.Result base = GitCheck.in(tmp).roots(List.of(tmp.resolve("src/main/java"))).cache(false).run();
            assertEquals(1, base.failing());
            assertTrue(base.notices().get(0).contains(".opsdiff.yml"), base.notices().toString());
            GitCheck.Result head = GitCheck.in(tmp).roots(List.of(tmp.resolve("src/main/java"))).configFromHead(true)
                    .cache(false).run();
            assertEquals(0, head.failing());
        }
    }

    @Test
    void missingBaseAndNoRepositoryAreBaseUnavailable() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        var outside = assertThrows(GitCheck.BaseUnavailableException.class, () -> GitCheck.in(plain).run());
        assertTrue(outside.getMessage().contains("not a git repository"), outside.getMessage());
        try (GitFixture repo = GitFixture.withService(tmp.resolve("repo"))) {
            var unknown = assertThrows(GitCheck.BaseUnavailableException.class,
                    () -> GitCheck.in(repo.dir).baseRef("origin/nope").run());
            assertTrue(unknown.getMessage().contains("unknown git ref 'origin/nope'"), unknown.getMessage());
        }
        assertThrows(InputException.class, () -> GitCheck.parseLevel("fatal"));
        assertEquals(Level.NONE, GitCheck.parseLevel("never"));
    }

    @Test
    void mergeBaseIsComputedOncePerRefAndHead() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING).write(CACHE_PATH, RULE_CACHE + "\n").commit("touch");
            GitCheck.Result a = GitCheck.in(tmp).baseRef("HEAD~1").cache(false).run();
            GitCheck.Result b = GitCheck.in(tmp.resolve("src")).baseRef("HEAD~1").cache(false).run();
            assertEquals(a.range(), b.range());
            assertEquals(1, a.changedFiles());
        }
    }
}
