package dev.opsdiff.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Files named by key under a directory, written atomically: an entry is written to a temporary file next to its
 * place and moved there in one step, so a reader sees a whole entry or none (after a crash, only a stray temporary
 * file is left, which nothing reads and the size bound removes). Concurrent runs may write the same entry; the
 * content is the same, and the last move wins. Every failure is a miss: a cache never fails an analysis.
 */
final class EntryStore {
    private static final String TEMP_PREFIX = ".tmp-";

    private final Path root;
    private final long maxBytes;

    EntryStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** The entry's bytes, or null when absent or unreadable. */
    byte[] read(String key) {
        try {
            return Files.readAllBytes(place(key));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void write(String key, byte[] bytes) {
        Path target = place(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = target.resolveSibling(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
        }
    }

    void delete(String key) {
        deleteQuietly(place(key));
    }

    /** Deletes the oldest entries (and stray temporary files) until the store holds at most 3/4 of its bound. */
    void trim() {
        List<Path> files = new ArrayList<>();
        long total = 0;
        try (Stream<Path> s = Files.walk(root, 2)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                files.add(p);
                total += Files.size(p);
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (total <= maxBytes) {
            return;
        }
        files.sort(Comparator.comparing(EntryStore::modified));
        for (Path p : files) {
            if (total <= maxBytes * 3 / 4) {
                break;
            }
            try {
                total -= Files.size(p);
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // Another run removed it first.
            }
        }
    }

    /** Removes every entry. */
    void clear() {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.forEach(EntryStore::deleteQuietly);
                }
                deleteQuietly(dir);
            }
        } catch (IOException | RuntimeException e) {
            // Nothing there.
        }
    }

    private Path place(String key) {
        // Two-character fan-out keeps directories small on large repositories.
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // A miss later, at worst.
        }
    }
}
