package dev.opsdiff.engine;

import dev.opsdiff.config.Config;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --stats counts the methods the matcher left unpaired, so rename-heavy commits can be measured. */
class AnalyzerStatsTest {
    private static final String PATH = "src/main/java/com/acme/Orders.java";

    private static AnalysisResult.Stats stats(String before, String after) {
        return new Analyzer(List.of(), Config.empty(), Settings.defaults())
                .analyze(Snapshot.of("b", List.of(SourceFile.of(PATH, before))),
                        Snapshot.of("a", List.of(SourceFile.of(PATH, after))))
                .stats();
    }

    @Test
    void aRenamedMethodIsPairedAndOnlyTheAddedOneStaysUnpaired() {
        AnalysisResult.Stats s = stats("""
                package com.acme;
                class Orders {
                    int total(int[] xs) { int t = 0; for (int x : xs) { t += x * 3; } return t; }
                    void drop() { System.out.println("gone"); }
                }""", """
                package com.acme;
                class Orders {
                    int sum(int[] xs) { int t = 0; for (int x : xs) { t += x * 3; } return t; }
                    void added() { System.out.println("new"); }
                }""");
        assertEquals(1, s.pairs(), "total -> sum, paired by body");
        assertEquals(1, s.unpairedBefore(), "drop() was deleted");
        assertEquals(1, s.unpairedAfter(), "added() is new");
    }

    @Test
    void anUnchangedFileLeavesNothingUnpaired() {
        String same = "package com.acme; class Orders { void a() { } void b(int x) { } }";
        AnalysisResult.Stats s = stats(same, same);
        assertEquals(0, s.unpairedBefore());
        assertEquals(0, s.unpairedAfter());
    }
}
