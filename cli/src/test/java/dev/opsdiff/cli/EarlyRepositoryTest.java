package dev.opsdiff.cli;

import dev.opsdiff.cli.git.EarlyRepository;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The repository a check opens while its command line is parsed, and when it must not be used. */
class EarlyRepositoryTest {
    @TempDir
    Path tmp;

    @Test
    void theCheckTakesTheRepositoryOpenedForItsDirectoryOnly() throws Exception {
        try (GitFixture fixture = GitFixture.withService(tmp.resolve("repo"))) {
            Path dir = tmp.resolve("repo");
            assertNull(EarlyRepository.take(dir), "nothing was started");

            EarlyRepository.start(dir, true);
            EarlyRepository.Opened early = EarlyRepository.take(dir.resolve(".").normalize());
            assertNotNull(early);
            try (Repository repo = early.repository()) {
                assertEquals(dir.toRealPath(), repo.getWorkTree().toPath().toRealPath());
                assertNotNull(early.workingTree(), "the working tree's comparison started as soon as it was open");
            }
            EarlyRepository.start(dir, false);
            EarlyRepository.Opened staged = EarlyRepository.take(dir);
            try (Repository repo = staged.repository()) {
                assertNull(staged.workingTree(), "--staged compares no working tree");
            }
            assertNull(EarlyRepository.take(dir), "taken once");

            EarlyRepository.start(dir, true);
            assertNull(EarlyRepository.take(tmp), "opened for another directory: the command opens its own");

            Path plain = Files.createDirectories(tmp.resolve("plain"));
            EarlyRepository.start(plain, true);
            assertNull(EarlyRepository.take(plain), "not a repository: the command reports that itself");
        }
    }

    @Test
    void repoOptionReadBeforeParsing() {
        assertEquals("", Main.optionValue(new String[] {"check"}, "--repo", ""));
        assertEquals("a", Main.optionValue(new String[] {"check", "--repo", "a"}, "--repo", ""));
        assertEquals("b", Main.optionValue(new String[] {"check", "--repo=a", "--base", "x", "--repo", "b"}, "--repo", ""));
        assertEquals("", Main.optionValue(new String[] {"check", "--", "--repo", "a"}, "--repo", ""));
        assertEquals("", Main.optionValue(new String[] {"check", "--repo"}, "--repo", ""));
    }
}
