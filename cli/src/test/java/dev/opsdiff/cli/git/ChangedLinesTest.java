package dev.opsdiff.cli.git;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangedLinesTest {
    @Test
    void histogramDiffAnchorsPureDeletionsLikeTheDefault() {
        String before = "a\nif (seen) {\n  return;\n}\nwork();\nz\n";
        String after = "a\nwork();\nz\n";
        assertEquals(Set.of(), ChangedLines.HISTOGRAM.changedLines(before, after));
        assertEquals(Set.of(2), ChangedLines.HISTOGRAM.deletionPoints(before, after));
        assertEquals(Set.of(2), ChangedLines.HISTOGRAM.changedLines("a\nb\nc\n", "a\nB\nc\n"));
    }
}
