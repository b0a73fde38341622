package dev.opsdiff.cli.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the git executable in a work tree for {@link CommandLineScan}: read-only plumbing commands, NUL-separated
 * output, an environment cleaned so that the repository is the one found from the directory (as JGit finds it).
 * Any failure is a {@link Failed}, upon which the caller falls back to JGit, which then reports the problem in
 * its own words.
 */
final class GitCommand {
    /** Which git reader {@code opsdiff check} uses: the {@code OPSDIFF_GIT} setting, overridable in tests. */
    static final String SETTING = "OPSDIFF_GIT";

    /** Variables that point git at another repository, index or object store than the directory's own. */
    private static final List<String> REDIRECTS = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE",
            "GIT_PREFIX", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM");

    /** A git command failed or could not start. */
    static final class Failed extends RuntimeException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path git;
    private final Path workTree;
    private final String indexFile;

    private GitCommand(Path git, Path workTree, String indexFile) {
        this.git = git;
        this.workTree = workTree;
        this.indexFile = indexFile;
    }

    /**
     * The git executable to use, or null for JGit: {@code OPSDIFF_GIT=jgit} (system property {@code opsdiff.git})
     * chooses JGit; otherwise the first {@code git} on {@code PATH}, if any.
     */
    static Path executable() {
        String choice = System.getProperty("opsdiff.git", System.getenv(SETTING));
        if (choice != null && choice.strip().toLowerCase(Locale.ROOT).equals("jgit")) {
            return null;
        }
        return GitSystemConfig.onPath(System.getenv("PATH"));
    }

    /** Commands run in {@code workTree}, reading {@code indexFile} (absolute) when not null. */
    static GitCommand in(Path git, Path workTree, String indexFile) {
        return new GitCommand(git, workTree, indexFile);
    }

    Path workTree() {
        return workTree;
    }

    /** Runs {@code git args...} and returns its standard output; {@link Failed} on a non-zero exit. */
    byte[] run(String... args) {
        return run(null, args);
    }

    /**
     * Like {@link #run(String...)}, with {@code input} written to the command's standard input (on a thread of its
     * own, so that neither side blocks on a full pipe); null: no input.
     */
    byte[] run(byte[] input, String... args) {
        Process p = start(args);
        if (input != null) {
            Thread writer = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException e) {
                    // The command ended early: its exit status says why.
                }
            }, "opsdiff-git-input");
            writer.setDaemon(true);
            writer.start();
        }
        try (InputStream out = p.getInputStream()) {
            byte[] bytes = out.readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Failed("git " + args[0] + " did not finish", null);
            }
            if (p.exitValue() != 0) {
                throw new Failed("git " + args[0] + " exited with " + p.exitValue(), null);
            }
            return bytes;
        } catch (IOException e) {
            p.destroyForcibly();
            throw new Failed("git " + args[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while running git " + args[0], e);
        }
    }

    /** Runs it in the background: {@link #run} on a daemon thread. */
    CompletableFuture<byte[]> runAsync(String... args) {
        CompletableFuture<byte[]> out = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                out.complete(run(args));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
            }
        }, "opsdiff-git-" + args[0]);
        t.setDaemon(true);
        t.start();
        return out;
    }

    /** A started process with a clean environment; the caller talks to it and waits for it. */
    Process start(String... args) {
        List<String> command = new ArrayList<>(args.length + 4);
        command.add(git.toString());
        // Plumbing only, and no optional writes: a check never refreshes the user's index behind their back.
        command.add("--no-optional-locks");
        command.add("--literal-pathspecs"); // a module root is a path, never a pattern
        command.add("-c");
        command.add("core.quotePath=false");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workTree.toFile());
        Map<String, String> env = builder.environment();
        REDIRECTS.forEach(env::remove);
        if (indexFile != null) {
            env.put("GIT_INDEX_FILE", indexFile);
        }
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("LC_ALL", "C");
        // Its messages are not read: a failure means falling back to JGit, which explains the problem itself.
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new Failed("cannot start " + git + ": " + e.getMessage(), e);
        }
    }

    /** Splits NUL-terminated output into its fields. */
    static List<String> fields(byte[] output) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == 0) {
                out.add(new String(output, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < output.length) {
            out.add(new String(output, start, output.length - start, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
