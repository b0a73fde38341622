package dev.opsdiff.source;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeletionPointsTest {
    private final LineChanges lines = LineChanges.simple();

    @Test
    void aDeletedBlockIsAnchoredAtTheLineThatNowStandsThere() {
        String before = "a\nif (seen) {\n  return;\n}\nwork();\nz\n";
        String after = "a\nwork();\nz\n";
        assertEquals(Set.of(), lines.changedLines(before, after));
        assertEquals(Set.of(2), lines.deletionPoints(before, after));
    }

    @Test
    void aDeletionAtTheEndIsAnchoredAtTheLastLine() {
        assertEquals(Set.of(2), lines.deletionPoints("a\nb\nc", "a\nb"));
    }

    @Test
    void editsAndInsertionsAreNoDeletionPoints() {
        assertEquals(Set.of(), lines.deletionPoints("a\nb\nc\n", "a\nB\nc\n"));
        assertEquals(Set.of(), lines.deletionPoints("a\nc\n", "a\nb\nc\n"));
    }
}
