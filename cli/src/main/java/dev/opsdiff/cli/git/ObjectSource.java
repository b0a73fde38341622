package dev.opsdiff.cli.git;

import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The git objects a check reads, by either reader: JGit's object database or a {@code git cat-file} process
 * ({@link CatFile}). Both are safe to use from several threads.
 */
public interface ObjectSource extends AutoCloseable {
    /** The repository's work tree (absolute). */
    Path workTree();

    /** The git directory. */
    Path gitDirectory();

    /** Where checks keep their model cache: inside the git directory, outside the sources, removed with the clone. */
    default Path cacheDirectory() {
        return gitDirectory().resolve("opsdiff").resolve("cache");
    }

    /** A blob's bytes. */
    byte[] blob(ObjectId id) throws IOException;

    /**
     * The bytes of {@code path} in {@code tree}, or null when the tree has no such entry.
     *
     * @throws LargeObjectException.ExceedsLimit when it is larger than {@code maxBytes}
     * @throws IOException                       when it cannot be read, or is not a file
     */
    byte[] fileAt(ObjectId tree, String path, int maxBytes) throws IOException;

    /** Releases what reading held (a process); reading after it fails. */
    @Override
    default void close() {
    }

    /** JGit's reading of {@code repo} (which the caller closes). */
    static ObjectSource of(Repository repo) {
        return new ObjectSource() {
            @Override
            public Path workTree() {
                return repo.getWorkTree().toPath().toAbsolutePath().normalize();
            }

            @Override
            public Path gitDirectory() {
                return repo.getDirectory().toPath();
            }

            @Override
            public byte[] blob(ObjectId id) throws IOException {
                // A reader per call: the analysis reads files from several threads.
                try (ObjectReader reader = repo.newObjectReader()) {
                    return reader.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
                }
            }

            @Override
            public byte[] fileAt(ObjectId tree, String path, int maxBytes) throws IOException {
                try (ObjectReader reader = repo.newObjectReader();
                     TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
                    if (walk == null) {
                        return null;
                    }
                    var loader = reader.open(walk.getObjectId(0), Constants.OBJ_BLOB);
                    if (loader.getSize() > maxBytes) {
                        throw new LargeObjectException.ExceedsLimit(maxBytes, loader.getSize());
                    }
                    return loader.getCachedBytes(maxBytes);
                }
            }
        };
    }
}
