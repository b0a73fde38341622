package dev.opsdiff.cli;

import dev.opsdiff.engine.Progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on a terminal's standard error: nothing for the first two seconds (a quick check stays quiet), then one
 * line rewritten in place ({@code opsdiff: parsing after 812/2040 files}) at most ten times a second, cleared at the
 * end. Not used when standard error is not a terminal or with {@code --quiet}.
 */
final class TerminalProgress implements Progress {
    private static final long QUIET_START_NANOS = 2_000_000_000L;
    private static final long REFRESH_NANOS = 100_000_000L;
    /** Set by the launcher: whether standard error is a terminal. */
    static final String STDERR_IS_TERMINAL = "opsdiff.stderrIsTerminal";

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String phase = "";
    private volatile int total;
    private long lastShown;
    private int shownWidth;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** The progress a run shows: on a terminal unless {@code quiet}, else none. */
    static Progress forRun(boolean quiet, PrintWriter err) {
        return quiet || !stderrIsTerminal() ? Progress.NONE : new TerminalProgress(err);
    }

    /**
     * Whether standard error is a terminal. Java cannot ask ({@link System#console()} needs standard input and
     * output to be terminals: with {@code --format sarif > out.sarif} there would be no progress, and with
     * {@code 2> log} the log would get it). The launcher tells, from the shell's {@code [ -t 2 ]}, in the
     * {@code opsdiff.stderrIsTerminal} property; without it (the jar run directly) Linux's {@code /proc} tells, and
     * elsewhere the console is the best guess.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_IS_TERMINAL);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed to look: fall through
        }
        return System.console() != null;
    }

    @Override
    public void phase(String name, int steps) {
        phase = name;
        total = steps;
        done.set(0);
        show(true);
    }

    @Override
    public void step() {
        done.incrementAndGet();
        show(false);
    }

    @Override
    public synchronized void done() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }

    private synchronized void show(boolean force) {
        long now = System.nanoTime();
        if (now - start < QUIET_START_NANOS || !force && now - lastShown < REFRESH_NANOS) {
            return;
        }
        lastShown = now;
        int n = done.get();
        String count = total > 0 ? " " + n + "/" + total + " files" : n > 0 ? " (" + n + " files)" : "";
        String line = "opsdiff: " + phase + count + "...";
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
    }
}
