package dev.opsdiff.cli.git;

import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;

/**
 * The sides of {@code opsdiff check} read with the git executable instead of JGit, when one is on {@code PATH}. The
 * same comparisons as {@link ChangeScanner} and {@link RangeResolver} (base with index, index with working tree,
 * the merge base), from git's plumbing commands run in parallel, and blobs from one {@link CatFile}. On kafka this
 * takes ~50 ms of git's time where JGit spends ~0.45 s of CPU opening the repository, loading the whole pack index
 * and comparing the working tree, which was most of a one-commit check. Only the ordinary case is handled here:
 * anything else (no commits yet, an unknown ref, several merge bases, a conflict, a failing command) returns null,
 * and the check then reads the repository with JGit, which reports the problem or handles the case as before.
 */
public final class CommandLineScan {
    /** What the check needs from git: the range, both sides, and the objects behind them (to close after it). */
    public record Sides(GitRange range, GitSnapshots sides, ObjectSource objects) {
    }

    private static final Object LOCK = new Object();
    private static Request pending;

    private record Request(Path dir, String baseRef, boolean staged, CompletableFuture<Sides> result) {
    }

    private CommandLineScan() {
    }

    /** Whether checks read git with its executable (one is on {@code PATH} and JGit is not asked for). */
    public static boolean enabled() {
        return GitCommand.executable() != null;
    }

    /** The executable checks read git with, for {@code --stats}; null when JGit reads. */
    public static String executable() {
        Path exe = GitCommand.executable();
        return exe == null ? null : exe.toString();
    }

    /** Starts reading the sides on a daemon thread, before the command line is parsed. */
    public static void start(Path dir, String baseRef, boolean staged) {
        Request request = new Request(dir.toAbsolutePath().normalize(), baseRef, staged, new CompletableFuture<>());
        synchronized (LOCK) {
            if (pending != null) {
                return;
            }
            pending = request;
        }
        Thread t = new Thread(() -> request.result().complete(read(request.dir(), baseRef, staged)),
                "opsdiff-git");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The sides for this check: the ones started early if they were for the same directory and options, else read
     * now. Null: read the repository with JGit instead.
     */
    public static Sides take(Path dir, String baseRef, boolean staged) {
        Request request;
        synchronized (LOCK) {
            request = pending;
            pending = null;
        }
        Path normalized = dir.toAbsolutePath().normalize();
        if (request != null) {
            Sides early = request.result().join();
            if (request.dir().equals(normalized) && Objects.equals(request.baseRef(), baseRef)
                    && request.staged() == staged) {
                return early;
            }
            close(early);
        }
        return read(normalized, baseRef, staged);
    }

    /** Releases what {@link Sides} holds (the {@code cat-file} process). */
    public static void close(Sides sides) {
        if (sides != null) {
            sides.objects().close();
        }
    }

    /** A repository as git found it from a directory. */
    public record Location(Path executable, Path workTree, Path gitDirectory) {
    }

    /** Where git finds the repository containing {@code dir}; null when it does not (or is not on PATH). */
    public static Location locate(Path dir) {
        Path exe = GitCommand.executable();
        if (exe == null) {
            return null;
        }
        try {
            List<String> where = lines(GitCommand.in(exe, dir, null)
                    .run("rev-parse", "--is-bare-repository", "--show-toplevel", "--absolute-git-dir"));
            if (where.size() != 3 || !where.get(0).equals("false")) {
                return null;
            }
            return new Location(exe, Path.of(where.get(1)).toAbsolutePath().normalize(), Path.of(where.get(2)));
        } catch (GitCommand.Failed | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** Null when git cannot answer, or the case is one this reader leaves to JGit. */
    static Sides read(Path dir, String baseRef, boolean staged) {
        Location where = locate(dir);
        return where == null ? null : read(where, baseRef, staged, PathScope.ALL);
    }

    /**
     * Both sides under {@code scope} (a Maven module's roots, as {@link GitSnapshots#build} takes them); null when git
     * cannot answer, or the case is one this reader leaves to JGit.
     */
    public static Sides read(Location where, String baseRef, boolean staged, PathScope scope) {
        if (baseRef != null && (baseRef.isEmpty() || baseRef.startsWith("-") || baseRef.chars().anyMatch(c -> c < ' '))) {
            return null;
        }
        Predicate<String> wanted = path -> PlumbingOutput.analyzable(path) && scope.contains(path);
        CatFile objects = null;
        try {
            File hookIndex = GitRepos.hookIndexFile(where.gitDirectory());
            GitCommand git = GitCommand.in(where.executable(), where.workTree(),
                    hookIndex == null ? null : hookIndex.getAbsolutePath());
            CompletableFuture<byte[]> index = git.runAsync(scoped(scope, "ls-files", "--stage", "-z"));
            CompletableFuture<byte[]> modified = staged ? null : git.runAsync(scoped(scope, "diff-files", "--raw", "-z"));
            CompletableFuture<byte[]> untracked = staged ? null
                    : git.runAsync(scoped(scope, "ls-files", "--others", "--exclude-standard", "-z"));
            objects = new CatFile(git, where.gitDirectory());
            GitRange range = range(git, objects, baseRef, staged);
            if (range == null) {
                objects.close();
                return null;
            }
            Map<String, ObjectId[]> committed = PlumbingOutput.committed(git.run(scoped(scope, "diff-index",
                    "--cached", "--raw", "-z", "--no-renames", range.base().name())), wanted);
            Map<String, ObjectId> indexed = PlumbingOutput.indexed(index.join(), wanted);
            Map<String, ObjectId> worked = staged || indexed == null ? Map.of()
                    : PlumbingOutput.worked(git, indexed, modified.join(), untracked.join(), wanted);
            if (committed == null || indexed == null || worked == null) {
                objects.close();
                return null;
            }
            ChangeScanner.Scan joined = ChangeScanner.join(indexed, committed, worked);
            ChangeScanner.Scan scan = new ChangeScanner.Scan(renames(objects, staged, joined.changes()),
                    joined.unchanged());
            return new Sides(range, GitSnapshots.of(objects, range, scan), objects);
        } catch (GitCommand.Failed | IOException | java.util.concurrent.CompletionException | IllegalStateException e) {
            if (objects != null) {
                objects.close();
            }
            return null;
        }
    }

    /** The command limited to the scope's roots (git reads only those directories), taken literally. */
    private static String[] scoped(PathScope scope, String... command) {
        if (scope.whole()) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(command));
        out.add("--");
        out.addAll(scope.roots());
        return out.toArray(String[]::new);
    }

    /**
     * Ranges already worked out in this JVM (a build checks module after module): git directory, ref, mode and the
     * commits HEAD and the ref name now. A fetch or a commit changes the key.
     */
    private static final Map<String, GitRange> RANGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** HEAD, or the single merge base of HEAD and the ref; null for every other case. */
    private static GitRange range(GitCommand git, CatFile objects, String baseRef, boolean staged)
            throws IOException {
        // One process for both names; an unknown one fails it, and JGit then says which.
        List<String> ids = lines(baseRef == null ? git.run("rev-parse", "HEAD^{commit}")
                : git.run("rev-parse", "HEAD^{commit}", baseRef + "^{commit}"));
        if (ids.size() != (baseRef == null ? 1 : 2) || !ids.stream().allMatch(ObjectId::isId)) {
            return null;
        }
        String key = objects.gitDirectory() + "\0" + baseRef + "\0" + staged + "\0" + String.join(",", ids);
        GitRange known = RANGES.get(key);
        if (known != null) {
            return known;
        }
        ObjectId head = ObjectId.fromString(ids.get(0));
        GitRange range;
        if (baseRef == null) {
            range = range(objects, staged, head, "HEAD (" + RangeResolver.abbrev(head) + ")");
        } else {
            List<String> bases = lines(git.run("merge-base", "--all", head.name(), ids.get(1)));
            if (bases.size() != 1 || !ObjectId.isId(bases.get(0))) {
                return null;
            }
            ObjectId base = ObjectId.fromString(bases.get(0));
            range = range(objects, false, base, baseRef + "...HEAD (merge base " + RangeResolver.abbrev(base) + ")");
        }
        if (range != null) {
            if (RANGES.size() > 64) {
                RANGES.clear(); // a long-lived JVM over many commits: keep it small
            }
            RANGES.put(key, range);
        }
        return range;
    }

    private static GitRange range(CatFile objects, boolean staged, ObjectId base, String description)
            throws IOException {
        ObjectId tree = objects.treeOf(base);
        return tree == null ? null : new GitRange(staged, base, tree, description);
    }

    /**
     * JGit's rename detection, as {@link ChangeScanner} runs it, with content from git and the work tree. The
     * repository is opened (without reading objects) only for its diff settings, and only when a file was both
     * deleted and added.
     */
    private static List<DiffEntry> renames(CatFile objects, boolean staged, List<DiffEntry> changes)
            throws IOException {
        boolean added = changes.stream().anyMatch(e -> e.getChangeType() == DiffEntry.ChangeType.ADD);
        boolean deleted = changes.stream().anyMatch(e -> e.getChangeType() == DiffEntry.ChangeType.DELETE);
        if (!added || !deleted) {
            return changes;
        }
        try (Repository repo = GitRepos.open(objects.workTree())) {
            ContentSource before = new ObjectContent(objects, null);
            ContentSource after = staged ? before : new ObjectContent(objects, objects.workTree());
            return ChangeScanner.detectRenames(new RenameDetector(repo), new ContentSource.Pair(before, after),
                    changes);
        } catch (dev.opsdiff.source.InputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> lines(byte[] output) {
        return PlumbingOutput.lines(output);
    }
}
