package dev.opsdiff.cli.git;

import dev.opsdiff.source.FileSystemSnapshots;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCache;
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
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the BEFORE tree, the index and (unless {@code --staged}) the working tree once, and sorts every analyzable
 * file into "changed" (then paired by git's rename detection) or "unchanged" (kept so that helpers and callers in
 * other files still resolve). Only ids are computed here; file text is read later, lazily.
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
    private static final int WORK = 2;

    private ChangeScanner() {
    }

    static Scan scan(Repository repo, GitRange range) throws IOException {
        return scan(repo, range, PathScope.ALL);
    }

    /** Like {@link #scan(Repository, GitRange)}, but only under {@code scope}'s roots and only files it includes. */
    static Scan scan(Repository repo, GitRange range, PathScope scope) throws IOException {
        List<DiffEntry> changes = new ArrayList<>();
        List<Unchanged> unchanged = new ArrayList<>();
        DirCache index = repo.readDirCache();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
            walk.setRecursive(true);
            walk.addTree(baseTree(range, reader));
            walk.addTree(new DirCacheIterator(index));
            if (!range.staged()) {
                FileTreeIterator work = new FileTreeIterator(repo);
                walk.addTree(work);
                // Lets an unmodified file take its id from the index instead of being read and hashed.
                work.setDirCacheIterator(walk, INDEX);
                walk.setFilter(new SkipIgnoredUntracked());
            }
            if (!scope.whole()) {
                // The walk then never enters other directories: that is what makes a module's check cheap.
                TreeFilter roots = PathFilterGroup.createFromStrings(scope.roots());
                walk.setFilter(range.staged() ? roots : AndTreeFilter.create(roots, walk.getFilter()));
            }
            int afterTree = range.staged() ? INDEX : WORK;
            while (walk.next()) {
                if (!FileSystemSnapshots.isAnalyzable(walk.getNameString())
                        || !scope.include().test(walk.getPathString())) {
                    continue;
                }
                ObjectId before = fileId(walk, BASE);
                ObjectId after = fileId(walk, afterTree);
                if (before != null && before.equals(after)) {
                    unchanged.add(new Unchanged(walk.getPathString(), before));
                } else if (before != null || after != null) {
                    changes.add(WalkChange.of(walk.getPathString(), before, after));
                }
            }
            return new Scan(detectRenames(repo, reader, range, changes), unchanged);
        }
    }

    private static AbstractTreeIterator baseTree(GitRange range, ObjectReader reader) throws IOException {
        return range.base() == null ? new EmptyTreeIterator()
                : new CanonicalTreeParser(null, reader, range.base().getTree());
    }

    /** The blob id of a regular file in tree {@code i}, else null (absent, a symlink or a submodule). */
    private static ObjectId fileId(TreeWalk walk, int i) {
        FileMode mode = walk.getFileMode(i);
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
            return null;
        }
        return walk.getObjectId(i);
    }

    /**
     * Git's rename detection over the changed files only. The AFTER side of a working-tree comparison has ids
     * that are not in the object database, so its content is read from the files for similarity scoring.
     */
    private static List<DiffEntry> detectRenames(Repository repo, ObjectReader reader, GitRange range,
                                                 List<DiffEntry> changes) throws IOException {
        RenameDetector detector = new RenameDetector(repo);
        detector.addAll(changes);
        ContentSource after = range.staged() ? ContentSource.create(reader)
                : ContentSource.create(new FileTreeIterator(repo));
        ContentSource.Pair sources = new ContentSource.Pair(ContentSource.create(reader), after);
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

    /**
     * Leaves out untracked files and directories that git ignores (build output, IDE files): the working tree as
     * {@code git status} sees it. Tracked files stay even when they match an ignore pattern.
     */
    private static final class SkipIgnoredUntracked extends TreeFilter {
        @Override
        public boolean include(TreeWalk walk) throws IOException {
            WorkingTreeIterator work = walk.getTree(WORK, WorkingTreeIterator.class);
            if (work == null || walk.getRawMode(BASE) != 0 || walk.getRawMode(INDEX) != 0) {
                return true;
            }
            return !work.isEntryIgnored();
        }

        @Override
        public boolean shouldBeRecursive() {
            return false;
        }

        @Override
        public TreeFilter clone() {
            return this;
        }
    }
}
