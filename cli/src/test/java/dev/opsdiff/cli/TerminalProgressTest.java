package dev.opsdiff.cli;

import dev.opsdiff.engine.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

class TerminalProgressTest {
    private final PrintWriter err = new PrintWriter(new StringWriter());

    @AfterEach
    void forget() {
        System.clearProperty(TerminalProgress.STDERR_IS_TERMINAL);
    }

    @Test
    void followsWhatTheLauncherSaysOfStandardError() {
        System.setProperty(TerminalProgress.STDERR_IS_TERMINAL, "true");
        // Standard output need not be a terminal: `check --format sarif > out.sarif` still shows progress.
        assertInstanceOf(TerminalProgress.class, TerminalProgress.forRun(false, err));
        assertSame(Progress.NONE, TerminalProgress.forRun(true, err), "--quiet");
        System.setProperty(TerminalProgress.STDERR_IS_TERMINAL, "false");
        assertSame(Progress.NONE, TerminalProgress.forRun(false, err));
    }

    @Test
    void withoutTheLauncherAPipeIsNoTerminal() {
        // The test JVM's standard error is a pipe to the build, never a terminal.
        assertFalse(TerminalProgress.stderrIsTerminal());
        assertSame(Progress.NONE, TerminalProgress.forRun(false, err));
    }
}
