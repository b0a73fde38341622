package dev.opsdiff.cli.git;

import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The git executable's reading of a check ({@link CommandLineScan}) gives exactly JGit's sides ({@link RangeResolver}
 * and {@link GitSnapshots#build}): the same range, files, ids and text, in every state a working tree can be in;
 * and it declines (null) the cases it leaves to JGit.
 */
class CommandLineScanTest {
    @TempDir
    Path dir;

    private Git git;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(GitCommand.executable() != null, "no git executable on PATH");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write("src/main/java/a/A.java", "package a;\nclass A { }\n");
        write("src/main/java/a/B.java", "package a;\nclass B { }\n");
        write("src/main/java/a/C.java", "package a;\nclass C { void c() { } }\n");
        write("src/main/resources/application.yml", "a: 1\n");
        write(".gitignore", "target/\n");
        write("README.md", "not analyzed\n");
        commit("first");
    }

    @AfterEach
    void close() {
        if (git != null) {
            git.close();
        }
    }

    @Test
    void uncommittedEditsDeletionsNewFilesAndIgnoredOnes() throws Exception {
        write("src/main/java/a/A.java", "package a;\nclass A { int a; }\n");
        Files.delete(dir.resolve("src/main/java/a/B.java"));
        write("src/main/java/a/New.java", "package a;\nclass New { }\n");
        write("target/generated/Gen.java", "class Gen { }\n");
        write("notes.txt", "x\n");
        assertSameSides(null, false, 3);
    }

    @Test
    void aTouchedFileWithTheSameContentIsUnchanged() throws Exception {
        Path c = dir.resolve("src/main/java/a/C.java");
        Files.writeString(c, Files.readString(c));
        Files.setLastModifiedTime(c, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertSameSides(null, false, 0);
    }

    @Test
    void stagedAndUnstagedEditsOfOneFile() throws Exception {
        write("src/main/java/a/A.java", "package a;\nclass A { int staged; }\n");
        git.add().addFilepattern(".").call();
        write("src/main/java/a/A.java", "package a;\nclass A { int unstaged; }\n");
        assertSameSides(null, true, 1);
        assertSameSides(null, false, 1);
    }

    @Test
    void renamesStagedOrNot() throws Exception {
        Files.createDirectories(dir.resolve("src/main/java/b"));
        Files.move(dir.resolve("src/main/java/a/C.java"), dir.resolve("src/main/java/b/C.java"));
        assertSameSides(null, false, 1);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        assertSameSides(null, true, 1);
    }

    @Test
    void aBranchAgainstTheMergeBaseWithItsBase() throws Exception {
        git.branchCreate().setName("topic").call();
        write("src/main/java/a/A.java", "package a;\nclass A { int onMain; }\n");
        commit("main moves on");
        git.checkout().setName("topic").call();
        write("src/main/java/a/B.java", "package a;\nclass B { int onTopic; }\n");
        commit("topic");
        write("src/main/java/a/C.java", "package a;\nclass C { int uncommitted; }\n");
        assertSameSides("main", false, 2);
        assertSameSides("HEAD~1", false, 2);
    }

    @Test
    void symlinksAreNotFiles() throws Exception {
        Files.createSymbolicLink(dir.resolve("src/main/java/a/Link.java"), Path.of("A.java"));
        assertSameSides(null, false, -1);
        commit("link");
        Files.delete(dir.resolve("src/main/java/a/Link.java"));
        write("src/main/java/a/Link.java", "package a;\nclass Link { }\n");
        assertSameSides("HEAD~1", false, 1);
    }

    @Test
    void pathsWithSpacesAndNonAsciiCharacters() throws Exception {
        write("src/main/java/ü/Grüße Welt.java", "package ü;\nclass Grüße { }\n");
        commit("unicode");
        write("src/main/java/ü/Grüße Welt.java", "package ü;\nclass Grüße { int x; }\n");
        write("src/main/java/ü/Neu ö.java", "package ü;\nclass Neu { }\n");
        assertSameSides(null, false, 2);
        assertSameSides("HEAD~1", false, 2);
    }

    @Test
    void lineEndingsConvertedOnTheWayIn() throws Exception {
        git.getRepository().getConfig().setString("core", null, "autocrlf", "true");
        git.getRepository().getConfig().save();
        write("src/main/java/a/Crlf.java", "package a;\r\nclass Crlf { }\r\n");
        commit("crlf");
        Path f = dir.resolve("src/main/java/a/Crlf.java");
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertSameSides(null, false, 0);
        write("src/main/java/a/Crlf.java", "package a;\r\nclass Crlf { int y; }\r\n");
        assertSameSides(null, false, 1);
    }

    @Test
    void stagedDeletionRestoredOnDiskAndIntentToAdd() throws Exception {
        git.rm().addFilepattern("src/main/java/a/B.java").call();
        write("src/main/java/a/B.java", "package a;\nclass B { }\n");
        write("src/main/java/a/Later.java", "package a;\nclass Later { }\n");
        new ProcessBuilder("git", "add", "-N", "src/main/java/a/Later.java").directory(dir.toFile())
                .redirectErrorStream(true).start().waitFor();
        assertSameSides(null, false, -1);
        assertSameSides(null, true, -1);
    }

    @Test
    void aLinkedWorktree() throws Exception {
        Path other = dir.resolveSibling(dir.getFileName() + "-worktree");
        Process p = new ProcessBuilder("git", "worktree", "add", "-q", "-b", "side", other.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        Files.writeString(other.resolve("src/main/java/a/A.java"), "package a;\nclass A { int side; }\n");
        CommandLineScan.Sides read = CommandLineScan.read(other, null, false);
        assertNotNull(read);
        try (Repository repo = GitRepos.open(other)) {
            GitRange range = new RangeResolver(repo, w -> { }).resolve(null, false);
            GitSnapshots jgit = GitSnapshots.build(repo, range);
            assertEquals(1, jgit.changedFiles());
            assertEquals(describe(jgit.after()), describe(read.sides().after()));
            assertEquals(repo.getDirectory().toPath().toRealPath(), read.objects().gitDirectory().toRealPath());
        } finally {
            CommandLineScan.close(read);
        }
    }

    /** A build's module: its roots only (git reads nothing else), and the filter on paths below them. */
    @Test
    void aModuleScope() throws Exception {
        write("other/src/main/java/o/O.java", "package o;\nclass O { }\n");
        write("src/main/java/a/Skip.java", "package a;\nclass Skip { }\n");
        commit("module and others");
        write("src/main/java/a/A.java", "package a;\nclass A { int scoped; }\n");
        write("src/main/java/a/Skip.java", "package a;\nclass Skip { int x; }\n");
        write("other/src/main/java/o/O.java", "package o;\nclass O { int outside; }\n");
        write("src/main/java/a/New.java", "package a;\nclass New { }\n");
        PathScope scope = new PathScope(List.of("src/main/java", "src/main/resources"),
                p -> !p.endsWith("Skip.java"));
        CommandLineScan.Sides read = CommandLineScan.read(CommandLineScan.locate(dir), "HEAD~1", false, scope);
        assertNotNull(read);
        try {
            Repository repo = git.getRepository();
            GitRange range = new RangeResolver(repo, w -> { }).resolve("HEAD~1", false);
            GitSnapshots jgit = GitSnapshots.build(repo, range, scope);
            assertEquals(2, jgit.changedFiles(), "A edited and New added; Skip filtered, O outside the roots");
            assertEquals(jgit.changedFiles(), read.sides().changedFiles());
            assertEquals(describe(jgit.before()), describe(read.sides().before()));
            assertEquals(describe(jgit.after()), describe(read.sides().after()));
        } finally {
            CommandLineScan.close(read);
        }
    }

    @Test
    void casesLeftToJGit() throws Exception {
        assertNull(CommandLineScan.read(dir, "no-such-branch", false), "unknown ref: JGit says so");
        assertNull(CommandLineScan.read(dir, "--output=x", false), "not a ref");
        write("src/main/java/a/-Dash.java", "package a;\nclass Dash { }\n");
        assertSameSides(null, false, 1);
        write("src/main/java/a/Line\nBreak.java", "package a;\nclass LineBreak { }\n");
        assertNull(CommandLineScan.read(dir, null, false), "a path git cannot take on a line of its own");
        Files.delete(dir.resolve("src/main/java/a/Line\nBreak.java"));
        git.branchCreate().setName("other").call();
        write("src/main/java/a/A.java", "package a;\nclass A { int main; }\n");
        commit("main");
        git.checkout().setName("other").call();
        write("src/main/java/a/A.java", "package a;\nclass A { int other; }\n");
        commit("other");
        git.merge().include(git.getRepository().resolve("main")).call();
        assertNull(CommandLineScan.read(dir, null, false), "a conflict: JGit reads it");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (Git fresh = Git.init().setDirectory(empty.toFile()).setInitialBranch("main").call()) {
            assertNull(CommandLineScan.read(empty, null, false), "no commits yet");
        }
    }

    private void assertSameSides(String base, boolean staged, int changed) {
        CommandLineScan.Sides read = CommandLineScan.read(dir, base, staged);
        assertNotNull(read, "the git executable reads the ordinary case");
        try {
            Repository repo = git.getRepository();
            GitRange range = new RangeResolver(repo, w -> { }).resolve(base, staged);
            GitSnapshots jgit = GitSnapshots.build(repo, range);
            assertEquals(range.label(), read.range().label());
            assertEquals(range.base(), read.range().base());
            if (changed >= 0) {
                assertEquals(changed, jgit.changedFiles(), "the fixture");
            }
            assertEquals(jgit.changedFiles(), read.sides().changedFiles());
            assertEquals(describe(jgit.before()), describe(read.sides().before()));
            assertEquals(describe(jgit.after()), describe(read.sides().after()));
            assertEquals(dir.toAbsolutePath().normalize(), read.objects().workTree());
        } finally {
            CommandLineScan.close(read);
        }
    }

    /** Every file as path, content id and text. */
    private static List<String> describe(Snapshot side) {
        return side.files().stream().map(f -> f.path() + " " + f.contentHash() + "\n" + text(f)).toList();
    }

    private static String text(SourceFile f) {
        return f.text();
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setSign(false).setAuthor("t", "t@e").setCommitter("t", "t@e").call();
    }
}
