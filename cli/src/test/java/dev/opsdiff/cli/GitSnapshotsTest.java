package dev.opsdiff.cli;

import dev.opsdiff.cli.git.ChangedLines;
import dev.opsdiff.cli.git.GitRange;
import dev.opsdiff.cli.git.GitSnapshots;
import dev.opsdiff.cli.git.RangeResolver;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.opsdiff.cli.GitFixture.CACHE_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static dev.opsdiff.cli.GitFixture.RULE_CACHE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the two sides of a git check hold: which files, under which paths, with which text and changed lines. */
class GitSnapshotsTest {
    @TempDir
    Path tmp;

    private static GitSnapshots sides(GitFixture repo, String base, boolean staged) {
        GitRange range = new RangeResolver(repo.git.getRepository(), w -> { }).resolve(base, staged);
        return GitSnapshots.build(repo.git.getRepository(), range);
    }

    private static List<String> paths(dev.opsdiff.source.Snapshot s) {
        return s.files().stream().map(SourceFile::path).toList();
    }

    @Test
    void renameKeepsTheOldPathBeforeAndTheNewPathAfter() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            String moved = "pricing/" + PRICING_PATH;
            Files.createDirectories(tmp.resolve(moved).getParent());
            Files.move(tmp.resolve(PRICING_PATH), tmp.resolve(moved));
            for (boolean staged : new boolean[] {false, true}) {
                if (staged) {
                    repo.stageAll();
                }
                GitSnapshots s = sides(repo, null, staged);
                assertEquals(1, s.changedFiles(), "one rename, not a delete and an add");
                assertEquals(List.of(PRICING_PATH, CACHE_PATH), paths(s.before()));
                assertEquals(List.of(moved, CACHE_PATH), paths(s.after()));
                // Unchanged files are one shared object: read and parsed once for both sides.
                assertSame(s.before().file(CACHE_PATH).orElseThrow(), s.after().file(CACHE_PATH).orElseThrow());
            }
        }
    }

    @Test
    void changedLinesAreTheAddedOrEditedAfterLines() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY);
            GitSnapshots s = sides(repo, null, false);
            String before = s.before().file(PRICING_PATH).orElseThrow().text();
            String after = s.after().file(PRICING_PATH).orElseThrow().text();
            assertEquals(Set.of(GitFixture.RISKY_LINE), ChangedLines.HISTOGRAM.changedLines(before, after));
            assertEquals(Set.of(1, 2, 3, 4), ChangedLines.HISTOGRAM.changedLines("", "package shop;\n\nclass Audit {\n}\n"),
                    "a new file is all new");
            assertEquals(Set.of(), ChangedLines.HISTOGRAM.changedLines(after.replace("\n", "\r\n"), after),
                    "line endings alone change nothing");
        }
    }

    @Test
    void onlyAnalyzableFilesAndNothingIgnored() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(".gitignore", "target/\n").write("src/main/resources/application.yml", "a: 1\n")
                    .commit("config");
            repo.write("target/generated-sources/Gen.java", "class Gen {}\n");
            repo.write("notes.txt", "not analyzed\n");
            repo.write("src/main/resources/application.yml", "a: 2\n");
            GitSnapshots s = sides(repo, null, false);
            assertEquals(1, s.changedFiles());
            assertEquals(List.of(PRICING_PATH, CACHE_PATH, "src/main/resources/application.yml"), paths(s.after()));
            assertEquals("a: 2\n", s.after().file("src/main/resources/application.yml").orElseThrow().text());
            assertEquals("a: 1\n", s.before().file("src/main/resources/application.yml").orElseThrow().text());
        }
    }

    @Test
    void stagedReadsTheIndexNotTheWorkingTree() throws Exception {
        try (GitFixture repo = GitFixture.withService(tmp)) {
            repo.write(PRICING_PATH, PRICING_RISKY).stageAll();
            repo.write(PRICING_PATH, "// not staged\n");
            repo.write(CACHE_PATH, "// not staged either\n");
            GitSnapshots s = sides(repo, null, true);
            assertEquals(PRICING_RISKY, s.after().file(PRICING_PATH).orElseThrow().text());
            assertEquals(RULE_CACHE, s.after().file(CACHE_PATH).orElseThrow().text());
            assertEquals(GitFixture.PRICING, s.before().file(PRICING_PATH).orElseThrow().text());
            assertTrue(s.after().label().equals("index"), s.after().label());
        }
    }

    /**
     * The base tree, the index and the working tree are compared in two parts (base with index, index with working
     * tree, the latter on its own thread): every combination of where a file changed must still come out right.
     */
    @Test
    void everyPlaceAFileCanChangeBetweenBaseAndWorkingTree() throws Exception {
        try (GitFixture repo = GitFixture.init(tmp)) {
            for (String f : List.of("A", "B", "C", "D", "E", "U")) {
                repo.write("src/" + f + ".java", "class " + f + " {}\n");
            }
            repo.write("target/H.java", "class H {}\n");
            String base = repo.commit("base").name();
            repo.write(".gitignore", "target/\n");
            repo.write("src/A.java", "class A { int committed; }\n");
            Files.delete(tmp.resolve("src/B.java"));
            repo.write("src/F.java", "class F {}\n");
            repo.commit("head");
            repo.write("src/C.java", "class C { int staged; }\n").stageAll();
            repo.write("src/D.java", "class D { int unstaged; }\n");
            Files.delete(tmp.resolve("src/E.java"));
            repo.write("src/G.java", "class G {}\n");
            repo.write("target/H.java", "class H { int tracked; }\n");
            repo.write("target/I.java", "class I {}\n");

            GitSnapshots work = sides(repo, base, false);
            assertEquals(List.of("src/A.java", "src/B.java", "src/C.java", "src/D.java", "src/E.java", "src/U.java",
                    "target/H.java"), paths(work.before()));
            assertEquals(List.of("src/A.java", "src/C.java", "src/D.java", "src/F.java", "src/G.java", "src/U.java",
                    "target/H.java"), paths(work.after()), "an ignored untracked file stays out, a tracked one in");
            assertEquals(8, work.changedFiles());
            assertEquals("class D { int unstaged; }\n", work.after().file("src/D.java").orElseThrow().text());
            assertEquals("class C { int staged; }\n", work.after().file("src/C.java").orElseThrow().text());
            assertSame(work.before().file("src/U.java").orElseThrow(), work.after().file("src/U.java").orElseThrow());

            GitSnapshots staged = sides(repo, null, true);
            assertEquals(1, staged.changedFiles(), "only the staged edit");
            assertEquals("class C { int staged; }\n", staged.after().file("src/C.java").orElseThrow().text());
            assertEquals("class D {}\n", staged.after().file("src/D.java").orElseThrow().text());
            assertTrue(staged.after().file("src/E.java").isPresent(), "deleted in the working tree only");
        }
    }
}
