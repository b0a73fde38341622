package dev.opsdiff.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.opsdiff.cli.DiffCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --classpath}: entries, {@code @FILE}, missing entries, and the front end {@code --stats} names. */
class ClasspathOptionTest {
    @TempDir
    static Path dir;

    private static String[] diff(String... extra) throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        DiffCommandTest.write(before, "shop/Prices.java", "package shop;\nclass Prices { int p() { return 1; } }\n");
        DiffCommandTest.write(after, "shop/Prices.java", "package shop;\nclass Prices { int p() { return 2; } }\n");
        String[] base = {"diff", before.toString(), after.toString(), "--no-cache", "--stats"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void entriesSeparatedByThePathSeparatorSelectTheSpoonFrontEnd() throws IOException {
        Path a = Files.createDirectories(dir.resolve("classes-a"));
        Path b = Files.createDirectories(dir.resolve("classes-b"));
        DiffCommandTest.Run r = run(diff("--classpath", a + File.pathSeparator + b));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("front end: spoon (classpath), 2 files refined by Spoon or its cached facts, 0 fell back"), r.err());
    }

    @Test
    void atFileReadsTheEntriesAsMavenWritesThem() throws IOException {
        Path a = Files.createDirectories(dir.resolve("with space"));
        Path cp = dir.resolve("cp.txt");
        Files.writeString(cp, a.toString());
        DiffCommandTest.Run r = run(diff("--classpath", "@" + cp));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("front end: spoon"), r.err());
    }

    @Test
    void withoutClasspathTheJavaParserFrontEndRuns() throws IOException {
        DiffCommandTest.Run r = run(diff());
        assertTrue(r.err().contains("front end: javaparser (no classpath)"), r.err());
    }

    @Test
    void aMissingEntryIsAnInputError() throws IOException {
        DiffCommandTest.Run r = run(diff("--classpath", dir.resolve("nope.jar").toString()));
        assertEquals(2, r.code(), r.err());
        assertEquals("opsdiff: classpath entry not found: " + dir.resolve("nope.jar") + System.lineSeparator(),
                r.err());
        DiffCommandTest.Run file = run(diff("--classpath", "@" + dir.resolve("missing.txt")));
        assertEquals(2, file.code(), file.err());
        assertTrue(file.err().startsWith("opsdiff: classpath file not found:"), file.err());
    }
}
