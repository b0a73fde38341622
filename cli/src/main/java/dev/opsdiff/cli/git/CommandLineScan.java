package dev.opsdiff.cli.git;

import dev.opsdiff.source.FileSystemSnapshots;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** What the check needs from git: the range, both sides, and the objects behind them. */
    public record Sides(GitRange range, GitSnapshots sides, ObjectSource objects, AutoCloseable resources) {
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
        return enabled() ? read(normalized, baseRef, staged) : null;
    }

    /** Releases what {@link Sides} holds (the {@code cat-file} process). */
    public static void close(Sides sides) {
        if (sides != null) {
            try {
                sides.resources().close();
            } catch (Exception e) {
                // Nothing to do: the process ends with this JVM anyway.
            }
        }
    }

    /** Null when git cannot answer, or the case is one this reader leaves to JGit. */
    static Sides read(Path dir, String baseRef, boolean staged) {
        Path exe = GitCommand.executable();
        if (exe == null || baseRef != null && (baseRef.isEmpty() || baseRef.startsWith("-")
                || baseRef.chars().anyMatch(c -> c < ' '))) {
            return null;
        }
        CatFile objects = null;
        try {
            List<String> where = lines(GitCommand.in(exe, dir, null)
                    .run("rev-parse", "--is-bare-repository", "--show-toplevel", "--absolute-git-dir"));
            if (where.size() != 3 || !where.get(0).equals("false")) {
                return null;
            }
            Path workTree = Path.of(where.get(1)).toAbsolutePath().normalize();
            Path gitDir = Path.of(where.get(2));
            File hookIndex = GitRepos.hookIndexFile(gitDir);
            GitCommand git = GitCommand.in(exe, workTree, hookIndex == null ? null : hookIndex.getAbsolutePath());
            CompletableFuture<byte[]> index = git.runAsync("ls-files", "--stage", "-z");
            CompletableFuture<byte[]> modified = staged ? null : git.runAsync("diff-files", "--raw", "-z");
            CompletableFuture<byte[]> untracked = staged ? null
                    : git.runAsync("ls-files", "--others", "--exclude-standard", "-z");
            objects = CatFile.start(git, gitDir);
            GitRange range = range(git, objects, baseRef, staged);
            if (range == null) {
                objects.close();
                return null;
            }
            Map<String, ObjectId[]> committed = committed(git.run("diff-index", "--cached", "--raw", "-z",
                    "--no-renames", range.base().name()));
            Map<String, ObjectId> indexed = indexed(index.join());
            Map<String, ObjectId> worked = staged ? Map.of()
                    : worked(git, indexed, modified.join(), untracked.join());
            if (committed == null || indexed == null || worked == null) {
                objects.close();
                return null;
            }
            ChangeScanner.Scan joined = ChangeScanner.join(indexed, committed, worked);
            ChangeScanner.Scan scan = new ChangeScanner.Scan(renames(objects, staged, joined.changes()),
                    joined.unchanged());
            CatFile open = objects;
            return new Sides(range, GitSnapshots.of(objects, range, scan), objects, open::close);
        } catch (GitCommand.Failed | IOException | java.util.concurrent.CompletionException | IllegalStateException e) {
            if (objects != null) {
                objects.close();
            }
            return null;
        }
    }

    /** HEAD, or the single merge base of HEAD and the ref; null for every other case. */
    private static GitRange range(GitCommand git, CatFile objects, String baseRef, boolean staged)
            throws IOException {
        ObjectId head = commit(git, "HEAD");
        if (head == null) {
            return null;
        }
        if (baseRef == null) {
            return range(objects, staged, head, "HEAD (" + RangeResolver.abbrev(head) + ")");
        }
        ObjectId ref = commit(git, baseRef);
        if (ref == null) {
            return null;
        }
        List<String> bases = lines(git.run("merge-base", "--all", head.name(), ref.name()));
        if (bases.size() != 1 || !ObjectId.isId(bases.get(0))) {
            return null;
        }
        ObjectId base = ObjectId.fromString(bases.get(0));
        return range(objects, false, base, baseRef + "...HEAD (merge base " + RangeResolver.abbrev(base) + ")");
    }

    private static GitRange range(CatFile objects, boolean staged, ObjectId base, String description)
            throws IOException {
        ObjectId tree = objects.treeOf(base);
        return tree == null ? null : new GitRange(staged, base, tree, description);
    }

    private static ObjectId commit(GitCommand git, String rev) {
        List<String> id = lines(git.run("rev-parse", "--verify", "--quiet", rev + "^{commit}"));
        return id.size() == 1 && ObjectId.isId(id.get(0)) ? ObjectId.fromString(id.get(0)) : null;
    }

    /** One entry of {@code git diff-* --raw -z} output on an analyzable path. */
    private record RawEntry(String oldMode, String newMode, String oldId, String newId, String status, String path) {
    }

    /**
     * The analyzable entries of {@code --raw -z} output ({@code :<mode> <mode> <id> <id> <status> NUL <path> NUL});
     * null when one is unmerged or not in that form (JGit then reads the repository).
     */
    private static List<RawEntry> raw(byte[] output) {
        List<RawEntry> out = new ArrayList<>();
        List<String> f = GitCommand.fields(output);
        for (int i = 0; i + 1 < f.size(); i += 2) {
            String[] meta = f.get(i).split(" ");
            if (meta.length != 5 || !meta[0].startsWith(":") || meta[4].startsWith("U")) {
                return null;
            }
            String path = f.get(i + 1);
            if (analyzable(path)) {
                out.add(new RawEntry(meta[0].substring(1), meta[1], meta[2], meta[3], meta[4], path));
            }
        }
        return out;
    }

    /** {@code git diff-index --raw -z}: path to {base id, index id}; null when an entry is unmerged. */
    private static Map<String, ObjectId[]> committed(byte[] output) {
        List<RawEntry> entries = raw(output);
        if (entries == null) {
            return null;
        }
        Map<String, ObjectId[]> out = new HashMap<>();
        for (RawEntry e : entries) {
            out.put(e.path(), new ObjectId[] {fileId(e.oldMode(), e.oldId()), fileId(e.newMode(), e.newId())});
        }
        return out;
    }

    /**
     * {@code git ls-files --stage -z}: every analyzable path to its id; null when the index has a conflict. Entries
     * are {@code <6-digit mode> SP <40-hex id> SP <stage> TAB <path> NUL}, read in place: this runs for every file
     * of the tree in a cold JVM.
     */
    private static Map<String, ObjectId> indexed(byte[] output) {
        Map<String, ObjectId> out = new HashMap<>();
        int start = 0;
        while (start < output.length) {
            int end = start;
            while (end < output.length && output[end] != 0) {
                end++;
            }
            int tab = start + 50 - 1;
            if (end <= tab || output[start + 6] != ' ' || output[start + 47] != ' ' || output[tab] != '\t') {
                return null;
            }
            if (output[start + 48] != '0') {
                return null; // a conflict: JGit's reading handles it
            }
            String path = new String(output, tab + 1, end - tab - 1, StandardCharsets.UTF_8);
            if (analyzable(path)) {
                boolean regular = output[start] == '1' && output[start + 1] == '0' && output[start + 2] == '0'
                        && output[start + 3] == '6' && output[start + 4] == '4' && output[start + 5] == '4'
                        || regular(new String(output, start, 6, StandardCharsets.US_ASCII));
                out.put(path, regular ? ObjectId.fromString(output, start + 7) : null);
            }
            start = end + 1;
        }
        return out;
    }

    /**
     * The working tree's differences from the index: files git's stat comparison flags and untracked files it does
     * not ignore, hashed as git would store them ({@code hash-object} applies the same filters as {@code add}); a
     * file whose content equals its index entry after all (only touched) is left out. Null when a path cannot be
     * handed to git.
     */
    private static Map<String, ObjectId> worked(GitCommand git, Map<String, ObjectId> indexed, byte[] modified,
                                                byte[] untracked) throws IOException {
        List<RawEntry> entries = raw(modified);
        if (entries == null) {
            return null;
        }
        Map<String, ObjectId> out = new HashMap<>();
        List<String> toHash = new ArrayList<>();
        for (RawEntry e : entries) {
            if (e.status().startsWith("D") || !regular(e.newMode())) {
                out.put(e.path(), null);
            } else {
                toHash.add(e.path());
            }
        }
        for (String path : GitCommand.fields(untracked)) {
            if (!analyzable(path) || indexed.containsKey(path)) {
                continue;
            }
            // hash-object would follow a symlink; JGit sees the link, which is not a file.
            if (java.nio.file.Files.isRegularFile(git.workTree().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                toHash.add(path);
            } else {
                out.put(path, null);
            }
        }
        Map<String, ObjectId> hashed = hash(git, toHash);
        if (hashed == null) {
            return null;
        }
        hashed.forEach((path, id) -> {
            if (!id.equals(indexed.get(path))) {
                out.put(path, id);
            }
        });
        return out;
    }

    private static Map<String, ObjectId> hash(GitCommand git, List<String> paths) throws IOException {
        Map<String, ObjectId> out = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            return out;
        }
        if (paths.stream().anyMatch(p -> p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0)) {
            return null;
        }
        Process p = git.start("hash-object", "--stdin-paths");
        CompletableFuture<byte[]> ids = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (OutputStream in = p.getOutputStream()) {
            in.write((String.join("\n", paths) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = lines(ids.join());
        try {
            if (p.waitFor() != 0 || lines.size() != paths.size()) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        for (int i = 0; i < paths.size(); i++) {
            out.put(paths.get(i), ObjectId.fromString(lines.get(i)));
        }
        return out;
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

    private static boolean analyzable(String path) {
        return FileSystemSnapshots.isAnalyzable(path.substring(path.lastIndexOf('/') + 1));
    }

    private static boolean regular(String mode) {
        return mode.equals("100644") || mode.equals("100755");
    }

    /** The id of a regular file, else null (absent, a symlink or a submodule), as {@link ChangeScanner} has it. */
    private static ObjectId fileId(String mode, String id) {
        return regular(mode) ? ObjectId.fromString(id) : null;
    }

    private static List<String> lines(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : text.lines().toList();
    }
}
