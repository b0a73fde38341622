package dev.opsdiff.cli;

import dev.opsdiff.cli.GitFixture.Run;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code opsdiff install-hook}: where the hook goes, what it runs, and whose hooks it leaves alone. */
class InstallHookCommandTest {
    @TempDir
    Path tmp;

    private Run install(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "install-hook";
        args[1] = "--repo";
        args[2] = tmp.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return GitFixture.run(args);
    }

    @Test
    void writesAnExecutableHookRunningCheckStaged() throws Exception {
        GitFixture.withService(tmp).close();
        Run r = install();
        assertEquals(0, r.code(), r.toString());
        Path hook = tmp.resolve(".git/hooks/pre-commit");
        assertTrue(Files.isExecutable(hook), "executable");
        String script = Files.readString(hook);
        assertTrue(script.startsWith("#!/bin/sh\n"), script);
        assertTrue(script.contains("opsdiff_run check --staged\n"), script);
        assertTrue(script.contains("exit $status\n"), script);
        assertTrue(r.out().contains("installed the pre-commit hook: .git/hooks/pre-commit"), r.toString());
        assertTrue(r.out().contains("git commit --no-verify"), "the escape hatch is named: " + r);

        Run again = install();
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("already installed"), again.toString());
        assertEquals(script, Files.readString(hook), "idempotent");
    }

    @Test
    void refusesSomeoneElsesHookUnlessForced() throws Exception {
        GitFixture.withService(tmp).close();
        Path hook = tmp.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        String theirs = "#!/bin/sh\nexec ./gradlew spotlessCheck\n";
        Files.writeString(hook, theirs);

        Run refused = install();
        assertEquals(2, refused.code(), refused.toString());
        assertEquals(1, refused.err().lines().count(), refused.toString());
        assertTrue(refused.err().contains("--force"), refused.toString());
        assertEquals(theirs, Files.readString(hook), "left alone");

        Run forced = install("--force");
        assertEquals(0, forced.code(), forced.toString());
        assertTrue(Files.readString(hook).contains("check --staged"));
        assertEquals(theirs, Files.readString(hook.resolveSibling("pre-commit.before-opsdiff")), "kept aside");
    }

    @Test
    void respectsCoreHooksPath() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            StoredConfig config = repo.git.getRepository().getConfig();
            config.setString("core", null, "hooksPath", ".githooks");
            config.save();
            Run r = install();
            assertEquals(0, r.code(), r.toString());
            assertTrue(Files.isExecutable(tmp.resolve(".githooks/pre-commit")), r.toString());
            assertFalse(Files.exists(tmp.resolve(".git/hooks/pre-commit")));
        }
    }

    @Test
    void usesTheLauncherItWasStartedWith() throws Exception {
        GitFixture.withService(tmp).close();
        Path launcher = tmp.resolve("bin/my opsdiff");
        System.setProperty(Launcher.PROPERTY, launcher.toString());
        try {
            assertEquals(0, install().code());
        } finally {
            System.clearProperty(Launcher.PROPERTY);
        }
        String script = Files.readString(tmp.resolve(".git/hooks/pre-commit"));
        // Quoted for sh, with the PATH fallback in case the launcher moves.
        assertTrue(script.contains("if [ -f '" + launcher + "' ]; then '" + launcher + "' \"$@\"; else opsdiff \"$@\"; fi"),
                script);
    }

    @Test
    void notARepository() {
        Run r = install();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("opsdiff: not a git repository"), r.toString());
    }

    @Test
    void helpTeaches() {
        Run r = GitFixture.run("install-hook", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--no-verify"), r.out());
        assertTrue(r.out().contains("opsdiff install-hook --force"), r.out());
    }
}
