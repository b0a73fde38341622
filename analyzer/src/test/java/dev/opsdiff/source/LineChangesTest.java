package dev.opsdiff.source;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineChangesTest {
    private final LineChanges diff = LineChanges.simple();

    @Test
    void editedAndInsertedLinesAreReported() {
        assertEquals(Set.of(2, 4), diff.changedLines("a\nb\nc\n", "a\nB\nc\nd\n"));
    }

    @Test
    void deletionsMarkNothingAndUnchangedTextNothing() {
        assertEquals(Set.of(), diff.changedLines("a\nb\nc\n", "a\nc\n"));
        assertEquals(Set.of(), diff.changedLines("x\ny\n", "x\ny\n"));
    }

    @Test
    void movedBlockCountsOnlyWhereItLands() {
        assertEquals(Set.of(1), diff.changedLines("a\nb\nc\nd\n", "d\na\nb\nc\n"));
    }

    @Test
    void newFileIsAllNew() {
        assertEquals(Set.of(1, 2), diff.changedLines("", "x\ny"));
    }
}
