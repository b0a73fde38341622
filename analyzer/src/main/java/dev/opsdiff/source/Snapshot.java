package dev.opsdiff.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // Most callers pass files in path order already (git scans, filtered snapshots): checking is one pass.
        List<SourceFile> sorted = inPathOrder(files) ? List.copyOf(files)
                : files.stream().sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
        return new Snapshot() {
            /** By path, built on first look-up: a whole repository's side holds thousands of files. */
            private volatile Map<String, SourceFile> byPath;

            @Override
            public String label() {
                return label;
            }

            @Override
            public List<SourceFile> files() {
                return sorted;
            }

            @Override
            public Optional<SourceFile> file(String path) {
                Map<String, SourceFile> index = byPath;
                if (index == null) {
                    Map<String, SourceFile> built = new HashMap<>();
                    sorted.forEach(f -> built.putIfAbsent(f.path(), f)); // the first of duplicates, as the scan did
                    byPath = index = built;
                }
                return Optional.ofNullable(index.get(path));
            }
        };
    }

    private static boolean inPathOrder(List<SourceFile> files) {
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i - 1).path().compareTo(files.get(i).path()) > 0) {
                return false;
            }
        }
        return true;
    }
}
