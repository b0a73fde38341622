package dev.opsdiff.cli;

import org.eclipse.jgit.api.Git;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run the launcher lists the classes of its class-data archive from, once per build: a {@code check} of a small
 * change in a
 * temporary repository and a {@code diff} of the same two versions, each with every report format, so that the
 * archive holds the classes real runs load (git, parsing, every rule, the reports). Recorded from whatever command
 * ran first instead, it held only that command's classes: after {@code opsdiff --version} or a check without Java
 * changes, a kafka check still loaded 800 classes from the jar (~60 ms of wall time, ~100 ms of CPU).
 *
 * <p>{@code java -XX:DumpLoadedClassList=classes.lst -cp opsdiff.jar dev.opsdiff.cli.CdsTraining BEFORE AFTER} (the
 * bundled example's two directories), then {@code java -Xshare:dump -XX:SharedClassListFile=classes.lst ...}. Writes
 * only below a temporary directory, which it deletes.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CdsTraining BEFORE_DIR AFTER_DIR");
            System.exit(2);
        }
        Path before = Path.of(args[0]);
        Path after = Path.of(args[1]);
        Path repo = Files.createTempDirectory("opsdiff-cds-training");
        try {
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
                copy(before, repo);
                git.add().addFilepattern(".").call();
                git.commit().setMessage("before").setSign(false).setAuthor("opsdiff", "opsdiff@localhost")
                        .setCommitter("opsdiff", "opsdiff@localhost").call();
            }
            copy(after, repo);
            String[] check = {"check", "--repo", repo.toString(), "--fail-on", "never", "--stats", "--format", "sarif",
                    "--markdown-output", repo.resolve("out.md").toString(),
                    "--text-output", repo.resolve("out.txt").toString()};
            Main.startEarlyWork(check);
            Main.run(check, none, none);
            Main.run(new String[] {"diff", before.toString(), after.toString(), "--fail-on", "never", "--format",
                    "github"}, none, none);
        } finally {
            delete(repo);
        }
        System.exit(0);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
