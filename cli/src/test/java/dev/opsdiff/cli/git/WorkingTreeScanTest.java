package dev.opsdiff.cli.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCacheTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The working tree's comparison runs on its own thread over the index the base comparison also reads. */
class WorkingTreeScanTest {
    @TempDir
    Path dir;

    /**
     * A DirCacheIterator validates (rebuilds) a stale cache tree when it is created; two threads doing that on one
     * DirCache corrupted it (an entry read as deleted, or an ArrayIndexOutOfBoundsException), about one check in
     * ten. The scan validates it before its thread starts, so that both comparisons only read it.
     */
    @Test
    void theSharedIndexIsValidatedBeforeTheScanThreadStarts() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(dir.resolve("src/a"));
            Files.writeString(dir.resolve("src/a/A.java"), "class A { }\n");
            Files.writeString(dir.resolve("src/a/B.java"), "class B { }\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("m").setSign(false).setAuthor("t", "t@e").setCommitter("t", "t@e").call();
            Files.writeString(dir.resolve("src/a/B.java"), "class B { int b; }\n");
            git.add().addFilepattern(".").call(); // staging B invalidates the index's tree for src/a

            DirCacheTree stale = git.getRepository().readDirCache().getCacheTree(false);
            assertTrue(stale == null || stale.getEntrySpan() < 0, "the fixture must start from a stale cache tree");

            // Checked as soon as start() returns: without the validation there, the tree would at best be
            // validated by the scan thread at about this moment.
            WorkingTreeScan scan = WorkingTreeScan.start(git.getRepository(), PathScope.ALL);
            DirCacheTree tree = scan.index().getCacheTree(false);
            assertTrue(tree != null && tree.getEntrySpan() == 2, String.valueOf(tree));
            assertEquals(2, scan.index().getEntryCount());
            assertFalse(scan.changes().containsKey("src/a/A.java"), "A is the same in the index and on disk");
        }
    }
}
