package dev.opsdiff.cli.git;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A {@link DiffEntry} built from our own comparison of the base tree, the index and the working tree
 * ({@link ChangeScanner}): unmodified working-tree files take their id from the index instead of being hashed, which
 * JGit's two-tree {@code DiffEntry.scan} cannot do. {@link org.eclipse.jgit.diff.RenameDetector} then pairs these
 * entries like any others.
 */
final class WalkChange extends DiffEntry {
    private static final AbbreviatedObjectId NONE = AbbreviatedObjectId.fromObjectId(ObjectId.zeroId());

    private WalkChange(ChangeType type, String oldPath, ObjectId oldId, String newPath, ObjectId newId) {
        this.changeType = type;
        this.oldPath = oldPath == null ? DEV_NULL : oldPath;
        this.newPath = newPath == null ? DEV_NULL : newPath;
        this.oldMode = oldId == null ? FileMode.MISSING : FileMode.REGULAR_FILE;
        this.newMode = newId == null ? FileMode.MISSING : FileMode.REGULAR_FILE;
        this.oldId = oldId == null ? NONE : AbbreviatedObjectId.fromObjectId(oldId);
        this.newId = newId == null ? NONE : AbbreviatedObjectId.fromObjectId(newId);
    }

    /** A path present on at least one side whose content differs. */
    static DiffEntry of(String path, ObjectId before, ObjectId after) {
        if (before == null) {
            return new WalkChange(ChangeType.ADD, null, null, path, after);
        }
        if (after == null) {
            return new WalkChange(ChangeType.DELETE, path, before, null, null);
        }
        return new WalkChange(ChangeType.MODIFY, path, before, path, after);
    }
}
