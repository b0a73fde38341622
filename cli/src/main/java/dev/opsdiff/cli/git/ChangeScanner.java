package dev.opsdiff.cli.git;

import dev.opsdiff.source.FileSystemSnapshots;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sorts every analyzable file into "changed" (then paired by git's rename detection) or "unchanged" (kept so that
 * helpers and callers in other files still resolve), from two comparisons: the BEFORE tree with the index (only the
 * directories whose tree ids differ are read) and, unless {@code --staged}, the index with the working tree
 * ({@link WorkingTreeScan}, which can start before the base is known). Only ids are computed here; file text is
 * read later, lazily.
 */
final class ChangeScanner {
    /** An analyzable file with the same content on both sides. */
    record Unchanged(String path, ObjectId id) {
    }

    /** Changed files (ADD, DELETE, MODIFY, RENAME, COPY) and unchanged ones, both in path order. */
    record Scan(List<DiffEntry> changes, List<Unchanged> unchanged) {
    }

    private static final int BASE = 0;
    private static final int INDEX = 1;

    private ChangeScanner() {
    }

    static Scan scan(Repository repo, GitRange range) throws IOException {
        return scan(repo, range, PathScope.ALL, null);
    }

    /**
     * Like {@link #scan(Repository, GitRange)}, but only under {@code scope}'s roots and only files it includes.
     *
     * @param workingTree the comparison of the working tree with the index, when one was started early (it must
     *                    cover {@code scope}); null: started here. Unused with {@code --staged}.
     */
    static Scan scan(Repository repo, GitRange range, PathScope scope, WorkingTreeScan workingTree)
            throws IOException {
        WorkingTreeScan work = range.staged() ? null
                : workingTree != null ? workingTree : WorkingTreeScan.start(repo, scope);
        DirCache index = work != null ? work.index() : repo.readDirCache();
        try (ObjectReader reader = repo.newObjectReader()) {
            Map<String, ObjectId[]> committed = baseAgainstIndex(reader, range, index, scope);
            Map<String, ObjectId> worked = work == null ? Map.of() : work.changes();
            // Every analyzable path of the index, the base or the working tree; the base equals the index and the
            // working tree equals the index wherever the two comparisons found no difference.
            Map<String, ObjectId> indexed = new HashMap<>();
            for (int i = 0; i < index.getEntryCount(); i++) {
                DirCacheEntry e = index.getEntry(i);
                String path = e.getPathString();
                if (e.getStage() == DirCacheEntry.STAGE_0 && FileSystemSnapshots.isAnalyzable(name(path))
                        && scope.contains(path)) {
                    indexed.put(path, isFile(e.getFileMode()) ? e.getObjectId() : null);
                }
            }
            Scan joined = join(indexed, committed, worked);
            ContentSource after = range.staged() ? ContentSource.create(reader)
                    : ContentSource.create(new FileTreeIterator(repo));
            return new Scan(detectRenames(new RenameDetector(repo), new ContentSource.Pair(
                    ContentSource.create(reader), after), joined.changes()), joined.unchanged());
        }
    }

    /**
     * Sorts the paths of both comparisons (by either reader) into changed and unchanged files, in path order.
     *
     * @param indexed   every analyzable path of the index (stage 0) to its blob id (null: not a regular file)
     * @param committed path to {base id, index id} where the base and the index differ
     * @param worked    path to the working file's id (null: gone) where the working tree and the index differ
     */
    static Scan join(Map<String, ObjectId> indexed, Map<String, ObjectId[]> committed, Map<String, ObjectId> worked) {
        Set<String> paths = new TreeSet<>(indexed.keySet());
        paths.addAll(committed.keySet());
        paths.addAll(worked.keySet());
        List<DiffEntry> changes = new ArrayList<>();
        List<Unchanged> unchanged = new ArrayList<>();
        for (String path : paths) {
            ObjectId[] baseAndIndex = committed.get(path);
            ObjectId inIndex = baseAndIndex != null ? baseAndIndex[1] : indexed.get(path);
            ObjectId before = baseAndIndex != null ? baseAndIndex[0] : inIndex;
            ObjectId after = worked.containsKey(path) ? worked.get(path) : inIndex;
            if (before != null && before.equals(after)) {
                unchanged.add(new Unchanged(path, before));
            } else if (before != null || after != null) {
                changes.add(WalkChange.of(path, before, after));
            }
        }
        return new Scan(changes, unchanged);
    }

    /**
     * Path to {base id, index id} for the analyzable files whose base and index entries differ. Subtrees with the
     * same id on both sides are skipped unread, so this reads only the directories the range changed.
     */
    private static Map<String, ObjectId[]> baseAgainstIndex(ObjectReader reader, GitRange range, DirCache index,
                                                            PathScope scope) throws IOException {
        Map<String, ObjectId[]> out = new HashMap<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(true);
            walk.addTree(baseTree(range, reader));
            walk.addTree(new DirCacheIterator(index));
            walk.setFilter(scope.whole() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilterGroup.createFromStrings(scope.roots()), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                if (FileSystemSnapshots.isAnalyzable(walk.getNameString())
                        && scope.include().test(walk.getPathString())) {
                    out.put(walk.getPathString(), new ObjectId[] {fileId(walk, BASE), fileId(walk, INDEX)});
                }
            }
        }
        return out;
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    private static AbstractTreeIterator baseTree(GitRange range, ObjectReader reader) throws IOException {
        return range.base() == null ? new EmptyTreeIterator()
                : new CanonicalTreeParser(null, reader, range.baseTree());
    }

    /** The blob id of a regular file in tree {@code i}, else null (absent, a symlink or a submodule). */
    private static ObjectId fileId(TreeWalk walk, int i) {
        return isFile(walk.getFileMode(i)) ? walk.getObjectId(i) : null;
    }

    /**
     * Git's rename detection over the changed files only. The AFTER side of a working-tree comparison has ids
     * that are not in the object database, so its content is read from the files for similarity scoring.
     */
    static List<DiffEntry> detectRenames(RenameDetector detector, ContentSource.Pair sources, List<DiffEntry> changes)
            throws IOException {
        detector.addAll(changes);
        try {
            List<DiffEntry> paired = new ArrayList<>(detector.compute(sources, NullProgressMonitor.INSTANCE));
            paired.sort(java.util.Comparator.comparing(ChangeScanner::sortPath));
            return paired;
        } catch (org.eclipse.jgit.api.errors.CanceledException e) {
            throw new IllegalStateException("rename detection cancelled", e);
        }
    }

    private static String sortPath(DiffEntry e) {
        return e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
    }
}
