package dev.opsdiff.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code opsdiff} launcher script of the checkout, run on the jar this build packaged (the reactor builds the cli
 * module first). Its class-data archive must serve the jar where it now is: the JVM silently ignores an archive
 * dumped for a jar at another path, so a moved checkout would otherwise start without it for good.
 */
class LauncherTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void aMovedCheckoutDumpsItsArchiveAgainAndUsesIt(@TempDir Path tmp) throws Exception {
        Path jar = ROOT.resolve("cli/target/opsdiff.jar");
        assumeTrue(Files.isRegularFile(jar) && Files.isExecutable(Path.of("/bin/sh")),
                "needs the packaged jar and a POSIX shell");
        Path first = checkout(tmp.resolve("first"), jar);
        Result version = run(first, List.of(), "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("opsdiff "), version.out());
        // No JVM warning (e.g. about huge pages) may reach the user's terminal or a report on stdout.
        assertEquals("", version.err().strip());
        assertEquals(first.resolve("cli/target/opsdiff.jar").toString(), stamp(first));

        Path moved = tmp.resolve("moved");
        Files.move(first, moved);
        Path log = tmp.resolve("classes.log");
        Result again = run(moved, List.of("OPSDIFF_JAVA_OPTS=-Xlog:class+load=info:file=" + log), "--version");
        assertEquals(0, again.exit(), again.err());
        assertEquals(moved.resolve("cli/target/opsdiff.jar").toString(), stamp(moved));
        long shared;
        try (Stream<String> lines = Files.lines(log)) {
            shared = lines.filter(l -> l.contains("source: shared objects file")).count();
        }
        assertTrue(shared > 500, "classes loaded from the archive after the move: " + shared);
    }

    /**
     * A whole-tree check loads compiler directives (no C2 for the analyses), and the JVM announces them on standard
     * output: the launcher must keep that out of a report written there, while the directives still apply.
     */
    @Test
    void aWholeTreeReportOnStandardOutputIsTheReportAlone(@TempDir Path tmp) throws Exception {
        Path jar = ROOT.resolve("cli/target/opsdiff.jar");
        assumeTrue(Files.isRegularFile(jar) && Files.isExecutable(Path.of("/bin/sh")) && git(tmp, "--version") == 0,
                "needs the packaged jar, a POSIX shell and git");
        Path checkout = checkout(tmp.resolve("checkout"), jar);
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path source = Files.createDirectories(repo.resolve("src/main/java/shop")).resolve("Svc.java");
        Files.writeString(source, "package shop;\nclass Svc {\n    int total(int a) { return a; }\n}\n");
        assertEquals(0, git(repo, "init", "-q"));
        assertEquals(0, git(repo, "add", "."));
        assertEquals(0, git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one"));
        Files.writeString(source, "package shop;\nclass Svc {\n    int total(int a) { return a + 1; }\n}\n");
        String[] check = {"check", "--repo", repo.toString(), "--base", "HEAD", "--whole-tree", "--format", "sarif",
                "--fail-on", "never"};
        Result report = run(checkout, List.of(), check);
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().startsWith("{") && report.out().strip().endsWith("}"), report.out());
        assertTrue(!report.err().contains("directives"), report.err());
        Result shown = run(checkout, List.of("OPSDIFF_JAVA_OPTS=-XX:+DisplayVMOutput"), check);
        assertTrue(shown.out().contains("compiler directives added"), "the directives were not loaded: " + shown.out());
    }

    private static int git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no git on PATH
        }
    }

    private static Path checkout(Path dir, Path jar) throws IOException {
        Files.createDirectories(dir.resolve("cli/target"));
        Files.copy(ROOT.resolve("opsdiff"), dir.resolve("opsdiff"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(jar, dir.resolve("cli/target/opsdiff.jar"));
        Files.createDirectories(dir.resolve("cli/jvm"));
        try (Stream<Path> jvm = Files.list(ROOT.resolve("cli/jvm"))) {
            for (Path p : jvm.toList()) {
                Files.copy(p, dir.resolve("cli/jvm").resolve(p.getFileName().toString()));
            }
        }
        Path examples = ROOT.resolve("examples/pricing");
        try (Stream<Path> files = Files.walk(examples, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve("examples/pricing").resolve(examples.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    private static String stamp(Path checkout) throws IOException {
        Path stamp = checkout.resolve("cli/target/opsdiff.jsa.jar");
        assertTrue(Files.isRegularFile(checkout.resolve("cli/target/opsdiff.jsa")), "no archive was dumped");
        return Files.readString(stamp, StandardCharsets.UTF_8).strip();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path checkout, List<String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(checkout.resolve("opsdiff").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
        builder.environment().remove("OPSDIFF_JAVA_OPTS");
        env.forEach(e -> builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1)));
        Path out = Files.createTempFile(checkout.getParent(), "out", ".txt");
        Path err = Files.createTempFile(checkout.getParent(), "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
