package dev.opsdiff.engine;

import dev.opsdiff.config.Config;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file over maxFileSize is a notification, not a parse: the rest of the change is still analyzed. */
class FileSizeLimitTest {
    @Test
    void aFileOverTheLimitIsSkippedWithAMessageAndTheOthersAreAnalyzed() {
        StringBuilder huge = new StringBuilder("package gen;\nclass Huge {\n");
        for (int i = 0; i < 400; i++) {
            huge.append("  int m").append(i).append("(int x) { return x + ").append(i).append("; }\n");
        }
        huge.append("}\n");
        String small = "package com.acme;\nclass Orders { int total(int x) { return x * 2; } }\n";
        Config limited = new Config(null, List.of(), Map.of(), false, null, 4096);
        AnalysisResult r = new Analyzer(List.of(), limited, Settings.defaults()).analyze(
                Snapshot.of("b", List.of(SourceFile.of("Orders.java", small))),
                Snapshot.of("a", List.of(SourceFile.of("Orders.java", small.replace("* 2", "* 3")),
                        SourceFile.of("gen/Huge.java", huge.toString()))));
        assertEquals(1, r.problems().size(), r.problems().toString());
        ParseProblem p = r.problems().get(0);
        assertEquals("gen/Huge.java", p.path());
        assertTrue(p.message().startsWith("the file is ") && p.message().contains("maxFileSize"), p.message());
        assertEquals(1, r.stats().pairs(), "Orders.total is still analyzed");
    }
}
