package dev.opsdiff.cli;

import dev.opsdiff.cli.GitFixture.Run;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.opsdiff.cli.GitFixture.CACHE_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING;
import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static dev.opsdiff.cli.GitFixture.RISKY_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opsdiff check} in real repositories: each mode, renames, and the errors a user can run into. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    private static final String FINDING = PRICING_PATH + ":" + RISKY_LINE + ":";

    @Test
    void riskyChangeInTheWorkingTreeExitsOneAndNamesTheRange() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Run r = repo.check();
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().startsWith(FINDING), r.toString());
            assertTrue(r.out().contains("[cache-cardinality]"), r.toString());
            // The cache read sits in the unchanged RuleCache.java: it is only found because that file is included.
            assertTrue(r.out().contains(CACHE_PATH + ":13"), r.toString());
            String head = repo.git.getRepository().resolve("HEAD").abbreviate(7).name();
            assertTrue(r.err().startsWith("opsdiff: checking working tree against HEAD (" + head + ")\n"), r.toString());
        }
    }

    @Test
    void statsSayWhereTheTimeWent() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Run r = repo.check("--stats", "--no-cache");
            String time = r.err().lines().filter(l -> l.startsWith("opsdiff: time: ")).findFirst().orElseThrow();
            // Phases in the order they ran; the rule that reported is among the rules.
            List<String> order = List.of("command line ", "git ", "configuration ", "setup ", "reach ", "models ",
                    "matching ", "change paths ", "rules ", "reports ");
            int at = -1;
            for (String phase : order) {
                int next = time.indexOf(phase);
                assertTrue(next > at, phase + " out of order in: " + time);
                at = next;
            }
            assertTrue(time.matches(".*git \\d+ ms, configuration \\d+ ms.*"), time);
            // Which reader read git: the executable whenever one is on PATH (this state is an ordinary one).
            String reader = dev.opsdiff.cli.git.CommandLineScan.executable();
            assertTrue(r.err().contains("opsdiff: git read with " + (reader != null ? reader + "\n" : "JGit\n")),
                    r.toString());
        }
    }

    @Test
    void ignoredFilesAreNotPartOfTheChange() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(".gitignore", "generated/\n").commit("ignore generated");
            repo.write("generated/shop/PricingService.java", PRICING_RISKY);
            Run r = repo.check();
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("no Java changes to check"), r.toString());
        }
    }

    @Test
    void stagedSeesTheIndexOnly() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY).stageAll();
            Run staged = repo.check("--staged");
            assertEquals(1, staged.code(), staged.toString());
            assertTrue(staged.out().startsWith(FINDING), staged.toString());
            assertTrue(staged.err().contains("checking staged changes against HEAD ("), staged.toString());

            // Undo in the working tree only: the index still holds the risky version, the working tree does not.
            repo.write(PRICING_PATH, PRICING);
            assertEquals(1, repo.check("--staged").code());
            Run work = repo.check();
            assertEquals(0, work.code(), work.toString());
            assertTrue(work.err().contains("opsdiff: no Java changes to check"), work.toString());
        }
    }

    @Test
    void unstagedChangeIsNotSeenByStaged() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            assertEquals(1, repo.check().code());
            Run staged = repo.check("--staged");
            assertEquals(0, staged.code(), staged.toString());
            assertTrue(staged.err().contains("no Java changes to check"), staged.toString());
            // Also an unstaged edit of a file that is otherwise unchanged must not leak into the staged view.
            repo.write(CACHE_PATH, GitFixture.RULE_CACHE.replace("discount_rules:", "rules:"));
            assertEquals(0, repo.check("--staged").code());
        }
    }

    @Test
    void committedChangeIsFoundAgainstTheParentCommit() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            RevCommit base = repo.git.log().call().iterator().next();
            repo.write(PRICING_PATH, PRICING_RISKY).commit("price per item");
            Run r = repo.check("--base", "HEAD~1");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().startsWith(FINDING), r.toString());
            assertTrue(r.err().contains("checking working tree against HEAD~1...HEAD (merge base "
                    + base.abbreviate(7).name() + ")"), r.toString());
            assertEquals(0, repo.check().code(), "nothing uncommitted");
        }
    }

    @Test
    void baseIsTheMergeBaseNotTheTipOfTheOtherBranch() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.git.branchCreate().setName("feature").call();
            // main moves on with an unrelated risky-looking change that the feature branch never saw.
            repo.write(CACHE_PATH, GitFixture.RULE_CACHE.replace("discount_rules:", "rules:")).commit("rename key");
            repo.git.checkout().setName("feature").call();
            repo.write(PRICING_PATH, PRICING_RISKY).commit("price per item");
            Run r = repo.check("--base", "main");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("against main...HEAD (merge base "), r.toString());
            // RuleCache.java differs from main's tip but not from the merge base: it is not part of the change.
            assertFalse(r.out().contains(CACHE_PATH + ":13:"), r.toString());
        }
    }

    @Test
    void cleanTreeExitsZeroAndStillWritesTheReport() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            Path report = tmp.resolve("out/report.txt");
            Run r = repo.check("--output", report.toString());
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().endsWith("opsdiff: no Java changes to check\n"), r.toString());
            assertEquals("opsdiff: no risky changes found\n", Files.readString(report));
        }
    }

    @Test
    void findsTheRepositoryFromASubdirectory() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            Run r = GitFixture.run("check", "--repo", tmp.resolve("src/main/java/shop").toString());
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().startsWith(FINDING), "paths stay relative to the repository root: " + r);
        }
    }

    @Test
    void renamedFileWithoutOtherChangesIsQuiet() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            // A module split moves the file; git pairs old and new path, the engine pairs the types.
            String moved = "pricing/" + PRICING_PATH;
            Files.createDirectories(tmp.resolve(moved).getParent());
            Files.move(tmp.resolve(PRICING_PATH), tmp.resolve(moved));
            Run work = repo.check();
            assertEquals(0, work.code(), work.toString());
            assertTrue(work.out().contains("no risky changes found"), work.toString());
            repo.stageAll();
            assertEquals(0, repo.check("--staged").code());
        }
    }

    @Test
    void renamedAndRiskyIsReportedUnderTheNewPath() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            String moved = "pricing/" + PRICING_PATH;
            Files.delete(tmp.resolve(PRICING_PATH));
            repo.write(moved, PRICING_RISKY).commit("split pricing module");
            Run r = repo.check("--base", "HEAD~1");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.out().startsWith(moved + ":" + RISKY_LINE + ":"), r.toString());
        }
    }

    @Test
    void unknownRefIsNamed() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            Run r = repo.check("--base", "no-such-ref");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("opsdiff: unknown git ref 'no-such-ref'"), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
        }
    }

    @Test
    void notARepositoryNamesTheDirectory() {
        Run r = GitFixture.run("check", "--repo", tmp.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("opsdiff: not a git repository"), r.toString());
        assertTrue(r.err().contains(tmp.toString()), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
    }

    @Test
    void emptyRepositoryExplainsWhatToDo() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp)) {
            repo.write(PRICING_PATH, PRICING);
            Run r = repo.check();
            assertEquals(2, r.code(), r.toString());
            assertEquals("opsdiff: the repository has no commits yet; commit once, or use opsdiff diff BEFORE AFTER\n",
                    r.err());
            // The pre-commit hook must not block the first commit: --staged compares with the empty tree.
            repo.stageAll();
            Run staged = repo.check("--staged");
            assertEquals(0, staged.code(), staged.toString());
            assertTrue(staged.err().contains("against the empty tree"), staged.toString());
        }
    }

    @Test
    void baseAndStagedTogetherIsAUsageError() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            Run r = repo.check("--base", "HEAD", "--staged");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("opsdiff: --base and --staged cannot be combined"), r.toString());
        }
    }

    @Test
    void shallowCloneWithoutTheMergeBaseExplainsTheFix() throws Exception {
        Path origin = tmp.resolve("origin");
        try (GitFixture repo = GitFixture.withService(origin)) {
            repo.git.branchCreate().setName("side").call();
            repo.write(PRICING_PATH, PRICING_RISKY).commit("on main");
            repo.git.checkout().setName("side").call();
            repo.write("README.md", "side\n").commit("on side");
            repo.git.checkout().setName("main").call();
        }
        Path clone = tmp.resolve("clone");
        try (Git shallow = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).setCloneAllBranches(true).call()) {
            assertFalse(shallow.getRepository().getObjectDatabase().getShallowCommits().isEmpty(), "a shallow clone");
            Run r = GitFixture.run("check", "--repo", clone.toString(), "--base", "origin/side");
            assertEquals(2, r.code(), r.toString());
            assertEquals(1, r.err().lines().count(), r.toString());
            assertTrue(r.err().contains("shallow clone"), r.toString());
            assertTrue(r.err().contains("fetch-depth: 0"), r.toString());
            assertTrue(r.err().contains("git fetch --unshallow"), r.toString());

            Run parent = GitFixture.run("check", "--repo", clone.toString(), "--base", "HEAD~1");
            assertEquals(2, parent.code(), parent.toString());
            assertTrue(parent.err().contains("unknown git ref 'HEAD~1' (this is a shallow clone"), parent.toString());
        }
    }

    @Test
    void severalMergeBasesFallBackToTheRefWithAWarning() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            // A criss-cross: x and y each merged the other's first commit, so both are merge bases.
            repo.git.branchCreate().setName("x").call();
            repo.git.branchCreate().setName("y").call();
            repo.git.checkout().setName("x").call();
            RevCommit x1 = repo.write("x.txt", "x\n").commit("x1");
            repo.git.checkout().setName("y").call();
            RevCommit y1 = repo.write("y.txt", "y\n").commit("y1");
            repo.git.merge().include(x1).setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage("y <- x1").call();
            repo.git.checkout().setName("x").call();
            repo.git.merge().include(y1).setFastForward(MergeCommand.FastForwardMode.NO_FF).setMessage("x <- y1").call();
            Run r = repo.check("--base", "y");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("opsdiff: warning: y and HEAD have 2 merge bases; comparing against y itself"),
                    r.toString());
            assertTrue(r.err().contains("checking working tree against y ("), r.toString());
        }
    }

    @Test
    void helpTeaches() {
        Run r = GitFixture.run("check", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--staged"), r.out());
        assertTrue(r.out().contains("opsdiff check --base origin/main"), r.out());
        assertTrue(r.out().contains("fetch-depth: 0"), r.out());
        assertTrue(GitFixture.run("--help").out().contains("opsdiff install-hook"));
    }
}
