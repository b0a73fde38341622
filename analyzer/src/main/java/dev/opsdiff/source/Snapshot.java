package dev.opsdiff.source;

import java.util.List;
import java.util.Optional;

/**
 * One side (BEFORE or AFTER) of a comparison: a set of files under a root, read lazily.
 * Implementations: a directory, a single file, a git tree (cli module).
 */
public interface Snapshot {
    /** Human-readable name of the side, e.g. a directory path or {@code HEAD}. */
    String label();

    /** Every file of the side in path order. */
    List<SourceFile> files();

    default Optional<SourceFile> file(String path) {
        return files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    static Snapshot of(String label, List<SourceFile> files) {
        List<SourceFile> sorted = files.stream()
                .sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
        return new Snapshot() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public List<SourceFile> files() {
                return sorted;
            }
        };
    }
}
