package dev.opsdiff.cli.git;

import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content for JGit's rename detection from an {@link ObjectSource} (by blob id) or, with a work tree, from the
 * working files (by path: their ids are not in the object database).
 */
final class ObjectContent extends ContentSource {
    private final ObjectSource objects;
    private final Path workTree;

    /** {@code workTree} null: blobs; else the files under it. */
    ObjectContent(ObjectSource objects, Path workTree) {
        this.objects = objects;
        this.workTree = workTree;
    }

    /** The blob {@link #size} last read: rename detection asks for a blob's size, then opens it. */
    private ObjectId lastId;
    private byte[] lastBlob;

    @Override
    public long size(String path, ObjectId id) throws IOException {
        return workTree != null ? Files.size(workTree.resolve(path)) : blob(id).length;
    }

    @Override
    public ObjectLoader open(String path, ObjectId id) throws IOException {
        byte[] bytes = workTree != null ? Files.readAllBytes(workTree.resolve(path)) : blob(id);
        return new ObjectLoader.SmallObject(Constants.OBJ_BLOB, bytes);
    }

    private synchronized byte[] blob(ObjectId id) throws IOException {
        if (!id.equals(lastId)) {
            lastBlob = objects.blob(id);
            lastId = id.copy();
        }
        return lastBlob;
    }

    @Override
    public boolean isWorkingTreeSource() {
        return workTree != null;
    }
}
