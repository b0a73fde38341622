package dev.opsdiff.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written loops against the regular expressions that define them. */
class WhitespaceTest {
    /** Every \s character, Unicode spaces that \s does not match, line breaks and ordinary text. */
    private static final char[] ALPHABET = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'a', 'b', '(',
            ';', '"'};

    @Test
    void sameAsTheRegularExpressionsOnRandomText() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(24)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            check(new String(chars));
        }
    }

    @Test
    void sameAsTheRegularExpressionsOnRealSources() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 100);
        for (Path f : files) {
            String text = Files.readString(f);
            check(text);
            check(text.replace("\n", "\r\n"));
        }
    }

    @Test
    void returnsTheTextItselfWhenNothingChanges() {
        String text = "a b c";
        assertTrue(Whitespace.squeezed(text) == text);
        assertEquals("a b", Whitespace.squeezed("a\t \nb"));
        assertEquals("ab", Whitespace.removed(" a \r\n b "));
        assertEquals(List.of("a", "", "b", ""), Whitespace.lines("a\r\n\rb\n"));
    }

    private static void check(String s) {
        assertEquals(s.replaceAll("\\s+", " "), Whitespace.squeezed(s), () -> Arrays.toString(s.toCharArray()));
        assertEquals(s.replaceAll("\\s+", ""), Whitespace.removed(s), () -> Arrays.toString(s.toCharArray()));
        assertEquals(Arrays.asList(s.split("\r\n|\r|\n", -1)), Whitespace.lines(s),
                () -> Arrays.toString(s.toCharArray()));
    }

    @Test
    void whiteSpaceIsWhatTheRegularExpressionCallsSo() {
        for (char c = 0; c < 0x3000 + 1; c++) {
            assertEquals(String.valueOf(c).matches("\\s"), Whitespace.isSpace(c), "char " + (int) c);
        }
    }
}
