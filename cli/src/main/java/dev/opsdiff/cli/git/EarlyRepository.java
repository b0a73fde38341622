package dev.opsdiff.cli.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Opens the repository of an {@code opsdiff check} while the command line is still being parsed. Opening costs a
 * cold JVM ~0.1 s (JGit's classes, git's system configuration) and the first object read loads the pack index
 * (~0.1 s for kafka's 1.5 million objects); neither needs the parsed options, only the directory. The command then
 * takes the repository if it was opened for the same directory; otherwise (or when opening failed) it opens its own,
 * so every error is still reported where it always was.
 */
public final class EarlyRepository {
    private static final Object LOCK = new Object();
    private static Path dir;
    private static CompletableFuture<Opened> pending;

    private EarlyRepository() {
    }

    /** The repository opened early, and the working tree's comparison with the index when one was started. */
    public record Opened(Repository repository, WorkingTreeScan workingTree) {
    }

    /**
     * Starts opening the repository that contains {@code directory} on a daemon thread, and with
     * {@code scanWorkingTree} the working tree's comparison with the index as soon as it is open: that needs no
     * object, so it runs while the pack index loads instead of after it.
     */
    public static void start(Path directory, boolean scanWorkingTree) {
        Path normalized = directory.toAbsolutePath().normalize();
        CompletableFuture<Opened> future = new CompletableFuture<>();
        synchronized (LOCK) {
            if (pending != null) {
                return;
            }
            dir = normalized;
            pending = future;
        }
        Thread opener = new Thread(() -> {
            try {
                Repository repo = GitRepos.open(normalized);
                WorkingTreeScan scan = scanWorkingTree ? WorkingTreeScan.startEarly(repo, PathScope.ALL) : null;
                try {
                    repo.resolve(Constants.HEAD + "^{commit}"); // loads the pack index
                } catch (Exception e) {
                    // An empty or damaged repository: the check finds out and says so itself.
                }
                future.complete(new Opened(repo, scan));
            } catch (RuntimeException | LinkageError e) {
                future.complete(null);
            }
        }, "opsdiff-open-repository");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * The repository opened early for {@code directory}, or null when none was (another directory, or opening
     * failed). Whoever takes it closes the repository.
     */
    public static Opened take(Path directory) {
        CompletableFuture<Opened> future;
        Path opened;
        synchronized (LOCK) {
            future = pending;
            opened = dir;
            pending = null;
            dir = null;
        }
        if (future == null) {
            return null;
        }
        Opened early = future.join();
        if (early != null && !Objects.equals(opened, directory.toAbsolutePath().normalize())) {
            early.repository().close();
            return null;
        }
        return early;
    }
}
