package dev.opsdiff.cli;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end with the real {@code git} binary (this tests git's behaviour: the index a hook sees): install the hook, commit a risky staged change, and watch git refuse it with the finding shown. The hook
 * starts opsdiff from this test's class path through a small launcher, so it needs no packaged jar.
 */
class InstallHookCommitTest {
    @TempDir
    Path tmp;

    record Git(int code, String output) {
    }

    @Test
    void riskyStagedChangeBlocksTheCommitAndNoVerifyStillWorks() throws Exception {
        Path work = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.withService(work)) {
            installHook(work);
            ObjectId before = repo.git.getRepository().resolve("HEAD");

            repo.write(PRICING_PATH, PRICING_RISKY).stageAll();
            Git blocked = git(work, "commit", "-m", "price per item");
            assertNotEquals(0, blocked.code(), blocked.output());
            assertTrue(blocked.output().contains(PRICING_PATH + ":" + GitFixture.RISKY_LINE + ":"), blocked.output());
            assertTrue(blocked.output().contains("[cache-cardinality]"), blocked.output());
            assertTrue(blocked.output().contains("commit blocked"), blocked.output());
            assertTrue(blocked.output().contains("git commit --no-verify"), blocked.output());
            assertEquals(before, repo.git.getRepository().resolve("HEAD"), "nothing was committed");

            Git forced = git(work, "commit", "--no-verify", "-m", "price per item, reviewed");
            assertEquals(0, forced.code(), forced.output());

            repo.write("src/main/java/shop/Note.java", "package shop;\n\nclass Note {\n}\n").stageAll();
            Git benign = git(work, "commit", "-m", "a new class");
            assertEquals(0, benign.code(), "a harmless change commits: " + benign.output());
        }
    }

    /**
     * {@code git commit -a} stages into a temporary index and points the hook at it with {@code GIT_INDEX_FILE}:
     * the change is in no index the hook could find otherwise.
     */
    @Test
    void commitAllIsCheckedThroughTheIndexGitHandsTheHook() throws Exception {
        Path work = tmp.resolve("repo");
        try (GitFixture repo = GitFixture.withService(work)) {
            installHook(work);
            ObjectId before = repo.git.getRepository().resolve("HEAD");
            repo.write(PRICING_PATH, PRICING_RISKY); // not staged
            Git all = git(work, "commit", "-a", "-m", "all at once");
            assertNotEquals(0, all.code(), all.output());
            assertTrue(all.output().contains("[cache-cardinality]"), all.output());
            assertEquals(before, repo.git.getRepository().resolve("HEAD"), "nothing was committed");
        }
    }

    /** {@code opsdiff install-hook}, with a hook that starts opsdiff through {@link #testLauncher()}. */
    private void installHook(Path work) throws IOException {
        System.setProperty(Launcher.PROPERTY, testLauncher().toString());
        try {
            assertEquals(0, GitFixture.run("install-hook", "--repo", work.toString()).code());
        } finally {
            System.clearProperty(Launcher.PROPERTY);
        }
    }

    /** An executable that runs opsdiff's Main on this JVM's class path: what the shipped launcher does with the jar. */
    private Path testLauncher() throws IOException {
        Path launcher = tmp.resolve("bin/opsdiff");
        Files.createDirectories(launcher.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec " + HookScript.quote(java) + " -cp "
                + HookScript.quote(System.getProperty("java.class.path")) + " dev.opsdiff.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    /** Runs git isolated from the developer's configuration (a global hooksPath or signing would change the test). */
    private Git git(Path dir, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(concat("git", args)).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY").forEach(env::remove);
        env.put("HOME", tmp.toString());
        env.put("XDG_CONFIG_HOME", tmp.resolve(".config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", tmp.resolve("no-global-gitconfig").toString());
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.com");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.com");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " timed out: " + output);
        }
        return new Git(p.exitValue(), output);
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }
}
