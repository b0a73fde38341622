package dev.opsdiff.cli.git;

import dev.opsdiff.source.FileSystemSnapshots;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.IndexDiffFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The analyzable files of the working tree that differ from the index: modified, deleted, and untracked ones that
 * git does not ignore ({@code git status}'s view). Each file's stat data is compared with the index and its content
 * hashed only when they disagree. On a large tree that is most of a check's git time (~0.15 s for kafka's 6.5k
 * files), and it needs neither the base commit nor the object database, so it runs on a thread of its own while
 * the base is resolved and its tree compared with the index.
 */
public final class WorkingTreeScan {
    private static final int INDEX = 0;
    private static final int WORK = 1;

    private final DirCache index;
    private final CompletableFuture<Map<String, ObjectId>> changes;

    private WorkingTreeScan(DirCache index, CompletableFuture<Map<String, ObjectId>> changes) {
        this.index = index;
        this.changes = changes;
    }

    /** Reads the index and starts comparing the working tree with it under {@code scope}. */
    public static WorkingTreeScan start(Repository repo, PathScope scope) throws IOException {
        DirCache index = repo.readDirCache();
        // Both comparisons iterate this one DirCache, and each DirCacheIterator validates its cache tree first,
        // mutating it when it is stale (as after a JGit add or commit). Two threads doing that at once corrupted
        // the tree: an index entry went missing (read as deleted) or the walk failed. Validated here, before the
        // thread starts, every later validation only reads.
        index.getCacheTree(true);
        CompletableFuture<Map<String, ObjectId>> changes = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                changes.complete(compare(repo, index, scope));
            } catch (IOException | RuntimeException | LinkageError e) {
                // Handed to whoever waits for the result; a scan nobody waits for (the check failed first) fails
                // silently instead of printing a stack trace from its thread.
                changes.completeExceptionally(e);
            }
        }, "opsdiff-working-tree");
        worker.setDaemon(true);
        worker.start();
        return new WorkingTreeScan(index, changes);
    }

    /**
     * {@link #start}, or null when the repository cannot be read that way (no work tree, a broken index): the scan
     * proper then meets the problem again and reports it where it would have without this head start.
     */
    public static WorkingTreeScan startEarly(Repository repo, PathScope scope) {
        try {
            return start(repo, scope);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The index both comparisons read: one snapshot of it. */
    DirCache index() {
        return index;
    }

    /**
     * Path to the blob id of the working file, for each analyzable path whose working file differs from the index;
     * null when the file is gone (or is no longer a regular file).
     */
    Map<String, ObjectId> changes() throws IOException {
        try {
            return changes.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof LinkageError l) {
                throw l;
            }
            throw new IllegalStateException("working tree scan failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scanning the working tree", e);
        }
    }

    private static Map<String, ObjectId> compare(Repository repo, DirCache index, PathScope scope)
            throws IOException {
        Map<String, ObjectId> out = new HashMap<>();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
            walk.setRecursive(true);
            walk.addTree(new DirCacheIterator(index));
            FileTreeIterator work = new FileTreeIterator(repo);
            walk.addTree(work);
            // A file whose stat data matches its index entry takes the entry's id instead of being read and hashed.
            work.setDirCacheIterator(walk, INDEX);
            // Untracked files git ignores (build output, IDE files) are left out; tracked ones stay.
            IndexDiffFilter differs = new IndexDiffFilter(INDEX, WORK, true);
            walk.setFilter(scope.whole() ? differs
                    : AndTreeFilter.create(PathFilterGroup.createFromStrings(scope.roots()), differs));
            while (walk.next()) {
                if (FileSystemSnapshots.isAnalyzable(walk.getNameString())
                        && scope.include().test(walk.getPathString())) {
                    FileMode mode = walk.getFileMode(WORK);
                    boolean file = mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
                    out.put(walk.getPathString(), file ? walk.getObjectId(WORK) : null);
                }
            }
        }
        return out;
    }
}
