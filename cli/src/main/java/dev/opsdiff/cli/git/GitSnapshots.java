package dev.opsdiff.cli.git;

import dev.opsdiff.source.InputException;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The two sides of {@code opsdiff check}, read lazily: BEFORE from git objects (no checkout), AFTER from the working
 * tree or, with {@code --staged}, from the index's blobs. Each side holds the changed files under its own path (a
 * rename is the old path BEFORE and the new one AFTER) plus the unchanged analyzable files, shared by both sides
 * as the same {@link SourceFile} so they are read and parsed once.
 *
 * @param changedFiles  how many files differ (0: nothing to check)
 */
public record GitSnapshots(Snapshot before, Snapshot after, int changedFiles) {

    /** Scans the repository for the given range. File text is read only when the analysis asks for it. */
    public static GitSnapshots build(Repository repo, GitRange range) {
        return build(repo, range, PathScope.ALL);
    }

    /**
     * Both sides restricted to {@code scope}: the changed and the unchanged files under its roots (a Maven module's
     * source and resource roots; the rest of the module's world comes from its classpath).
     */
    public static GitSnapshots build(Repository repo, GitRange range, PathScope scope) {
        return build(repo, range, scope, null);
    }

    /**
     * Like {@link #build(Repository, GitRange, PathScope)}, with the working tree's comparison already under way
     * ({@link WorkingTreeScan#startEarly}, started on the same scope before the range was resolved; may be null).
     */
    public static GitSnapshots build(Repository repo, GitRange range, PathScope scope, WorkingTreeScan workingTree) {
        ChangeScanner.Scan scan;
        try {
            scan = ChangeScanner.scan(repo, range, scope, workingTree);
        } catch (IOException e) {
            throw new InputException("cannot read git repository " + repo.getDirectory() + ": " + e.getMessage(), e);
        }
        return of(ObjectSource.of(repo), range, scan);
    }

    /** The two sides of a scan, reading file text from {@code objects} and the work tree when asked. */
    static GitSnapshots of(ObjectSource objects, GitRange range, ChangeScanner.Scan scan) {
        Path workTree = objects.workTree();
        Map<String, SourceFile> before = new TreeMap<>();
        Map<String, SourceFile> after = new TreeMap<>();
        for (ChangeScanner.Unchanged u : scan.unchanged()) {
            // With --staged the working tree may hold unstaged edits, so only the blob is the committed content.
            SourceFile shared = range.staged() ? blob(objects, u.path(), u.id()) : workFile(workTree, u.path(), u.id());
            before.put(u.path(), shared);
            after.put(u.path(), shared);
        }
        for (DiffEntry e : scan.changes()) {
            SourceFile old = null;
            if (e.getChangeType() != DiffEntry.ChangeType.ADD && e.getChangeType() != DiffEntry.ChangeType.COPY) {
                old = blob(objects, e.getOldPath(), e.getOldId().toObjectId());
                before.put(old.path(), old);
            }
            if (e.getChangeType() != DiffEntry.ChangeType.DELETE) {
                SourceFile now = range.staged() ? blob(objects, e.getNewPath(), e.getNewId().toObjectId())
                        : workFile(workTree, e.getNewPath(), null);
                after.put(now.path(), now);
            }
        }
        String beforeLabel = range.base() == null ? "(empty tree)" : RangeResolver.abbrev(range.base());
        return new GitSnapshots(Snapshot.of(beforeLabel, before.values().stream().toList()),
                Snapshot.of(range.staged() ? "index" : "working tree", after.values().stream().toList()),
                scan.changes().size());
    }

    /** A blob read on demand. */
    private static SourceFile blob(ObjectSource objects, String path, ObjectId id) {
        return new SourceFile(path, () -> {
            try {
                return decode(objects.blob(id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + " (" + id.name() + ") from git", e);
            }
        }, gitId(id));
    }

    /** A working-tree file; {@code id} is its blob id when git already knows it (an unchanged file), else null. */
    private static SourceFile workFile(Path workTree, String path, ObjectId id) {
        return new SourceFile(path, () -> {
            try {
                return decode(Files.readAllBytes(workTree.resolve(path)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }, id == null ? null : gitId(id));
    }

    /** The blob id as a content id: caches keyed by it need not read the file (never equal to a SHA-256 key). */
    private static String gitId(ObjectId id) {
        return "git:" + id.name();
    }

    /** UTF-8, or ISO-8859-1 for legacy files that are not valid UTF-8 (as {@code opsdiff diff} reads them). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
