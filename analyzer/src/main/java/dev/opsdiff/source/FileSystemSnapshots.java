package dev.opsdiff.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Snapshots read from the file system: a directory tree or a single file. Never writes anything. */
public final class FileSystemSnapshots {
    /** Directories that never hold analyzed sources: build output and VCS metadata. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "build", "node_modules", ".idea", ".gradle", "out");

    private FileSystemSnapshots() {
    }

    public static Snapshot open(Path path) {
        if (!Files.exists(path)) {
            throw new InputException("no such file or directory: " + path);
        }
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (!isAnalyzable(path.getFileName().toString())) {
            throw new InputException("not a .java file or directory: " + path);
        }
        Path file = path;
        return Snapshot.of(path.toString(), List.of(new SourceFile(path.getFileName().toString(), () -> read(file))));
    }

    public static Snapshot directory(Path root) {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> isAnalyzable(p.getFileName().toString()))
                    .filter(p -> !inSkippedDirectory(root.relativize(p)))
                    .forEach(p -> files.add(new SourceFile(root.relativize(p).toString(), () -> read(p))));
        } catch (IOException e) {
            throw new InputException("cannot read directory " + root + ": " + e.getMessage(), e);
        }
        return Snapshot.of(root.toString(), files);
    }

    /** Java sources plus the configuration files whose values the analysis reads. */
    public static boolean isAnalyzable(String fileName) {
        return fileName.endsWith(".java") || ((fileName.startsWith("application") || fileName.startsWith("bootstrap"))
                && SPRING_CONFIG.matcher(fileName).matches());
    }

    /** Compiled once: every file name of a tree is tested. */
    private static final java.util.regex.Pattern SPRING_CONFIG = java.util.regex.Pattern.compile(
            "(application|bootstrap)(-[\\w.-]+)?\\.(properties|ya?ml)");

    private static boolean inSkippedDirectory(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED_DIRECTORIES.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
