package dev.opsdiff.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.opsdiff.cli.DiffCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --whole-tree} reads the unchanged files the change does not reach; the default leaves them unparsed. */
class WholeTreeOptionTest {
    @TempDir
    Path dir;

    private int filesRead(String... extra) throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        for (Path side : new Path[] {before, after}) {
            DiffCommandTest.write(side, "shop/Unrelated.java", "package shop;\nclass Unrelated { void u() { } }\n");
            DiffCommandTest.write(side, "billing/Other.java", "package billing;\nclass Other { void o() { } }\n");
        }
        DiffCommandTest.write(before, "shop/Prices.java", "package shop;\nclass Prices { int p() { return 1; } }\n");
        DiffCommandTest.write(after, "shop/Prices.java", "package shop;\nclass Prices { int p() { return 2; } }\n");
        String[] base = {"diff", before.toString(), after.toString(), "--no-cache", "--stats"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        DiffCommandTest.Run r = run(all);
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("opsdiff: (\\d+) files").matcher(r.err());
        assertTrue(m.find(), r.err());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void wholeTreeReadsEveryFileOfBothSides() throws IOException {
        assertEquals(2, filesRead(), "by default only the changed file, once per side");
        assertEquals(6, filesRead("--whole-tree"), "three files per side");
    }
}
