package dev.opsdiff.engine;

import dev.opsdiff.source.LineChanges;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which AFTER files the change edited: what rules comparing whole programs may restrict themselves to. */
class ChangedLineLocatorTest {
    @Test
    void onlyFilesTheChangeAddedOrEditedBeyondWhitespaceCountAsEdited() {
        SourceFile shared = SourceFile.of("a/Shared.java", "class Shared {}\n");
        Snapshot before = Snapshot.of("before", List.of(shared,
                SourceFile.of("a/Edited.java", "class Edited { int t = 1; }\n"),
                SourceFile.of("a/Reformatted.java", "class Reformatted {  int t = 1; }\n"),
                SourceFile.of("a/Same.java", "class Same {}\n"),
                SourceFile.of("a/Deleted.java", "class Deleted {}\n")));
        Snapshot after = Snapshot.of("after", List.of(shared,
                SourceFile.of("a/Edited.java", "class Edited { int t = 2; }\n"),
                SourceFile.of("a/Reformatted.java", "class Reformatted { int t = 1; }\n"),
                SourceFile.of("a/Same.java", "class Same {}\n"),
                SourceFile.of("a/Added.java", "class Added {}\n")));
        ChangedLineLocator locator = new ChangedLineLocator(before, after, LineChanges.simple());

        assertTrue(locator.editedFile("a/Edited.java"));
        assertTrue(locator.editedFile("a/Added.java"), "a new file is all edit");
        assertFalse(locator.editedFile("a/Shared.java"), "one file object shared by both sides");
        assertFalse(locator.editedFile("a/Same.java"), "two reads of the same text");
        assertFalse(locator.editedFile("a/Reformatted.java"), "whitespace only");
        assertFalse(locator.editedFile("a/Deleted.java"), "not on the AFTER side");
        assertFalse(locator.editedFile("a/Nowhere.java"));
    }

    @Test
    void aSnapshotFindsItsFilesByPath() {
        Snapshot side = Snapshot.of("s", List.of(SourceFile.of("b/Z.java", "z"), SourceFile.of("a/A.java", "a")));
        assertTrue(side.file("a/A.java").isPresent());
        assertTrue(side.file("b/Z.java").map(f -> f.text().equals("z")).orElse(false));
        assertFalse(side.file("c/C.java").isPresent());
    }
}
