package dev.opsdiff.cli.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** git's system configuration location, asked of git once and remembered per executable. */
class GitSystemConfigTest {
    @TempDir
    Path tmp;

    @Test
    void gitIsAskedOnceForAKeyAndAgainWhenTheKeyChanges() {
        Path store = tmp.resolve("cache/git-system-config");
        AtomicInteger asked = new AtomicInteger();
        File etc = new File("/etc/gitconfig");

        assertEquals(etc, GitSystemConfig.remembered(store, "git-a", () -> { asked.incrementAndGet(); return etc; }));
        assertEquals(etc, GitSystemConfig.remembered(store, "git-a", () -> { asked.incrementAndGet(); return null; }));
        assertEquals(1, asked.get(), "the second run reads the remembered answer");

        assertNull(GitSystemConfig.remembered(store, "git-b", () -> { asked.incrementAndGet(); return null; }));
        assertNull(GitSystemConfig.remembered(store, "git-b", () -> { asked.incrementAndGet(); return etc; }),
                "'no system configuration' is remembered too");
        assertEquals(2, asked.get());
    }

    @Test
    void aDamagedStoreMeansAskingGit() throws Exception {
        Path store = Files.createDirectories(tmp.resolve("cache")).resolve("git-system-config");
        Files.writeString(store, "garbage without a tab");
        File etc = new File("/etc/gitconfig");
        assertEquals(etc, GitSystemConfig.remembered(store, "git-a", () -> etc));
        assertEquals(etc, GitSystemConfig.remembered(store, "git-a", () -> null), "rewritten for next time");
    }

    @Test
    void theKeyFollowsTheExecutableAndTheEnvironment() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path git = Files.writeString(bin.resolve("git"), "#!/bin/sh\n");
        git.toFile().setExecutable(true);
        Files.createDirectories(tmp.resolve("empty"));
        String path = tmp.resolve("empty") + File.pathSeparator + bin;

        assertEquals(git.toAbsolutePath(), GitSystemConfig.onPath(path));
        assertNull(GitSystemConfig.onPath(tmp.resolve("empty").toString()));
        assertNull(GitSystemConfig.onPath(""));

        String key = GitSystemConfig.key(git, null);
        assertEquals(key, GitSystemConfig.key(git, null));
        assertNotEquals(key, GitSystemConfig.key(git, "/opt/gitconfig"), "GIT_CONFIG_SYSTEM moves the file");
        Files.setLastModifiedTime(git, FileTime.fromMillis(Files.getLastModifiedTime(git).toMillis() - 60_000));
        assertNotEquals(key, GitSystemConfig.key(git, null), "a reinstalled git is asked again");
    }
}
