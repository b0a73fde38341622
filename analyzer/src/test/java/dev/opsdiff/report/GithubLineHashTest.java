package dev.opsdiff.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test vectors from github/codeql-action src/fingerprints.test.ts: our hashes must equal the upload action's. */
class GithubLineHashTest {
    private static void check(String input, String... expected) {
        Map<Integer, String> hashes = GithubLineHash.of(input);
        assertEquals(expected.length, hashes.size(), "one hash per line");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], hashes.get(i + 1), "line " + (i + 1));
        }
    }

    @Test
    void emptyFile() {
        check("", "c129715d7a2bc9a3:1");
    }

    @Test
    void spacesAndTabsAreSkipped() {
        check(" a\nb\n  \t\tc\n d", "271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
                "a23a3dc5e078b07b:1");
    }

    @Test
    void withoutTrailingNewline() {
        check(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", "8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1",
                "bff680108adb0fcc:1", "c6805c5e1288b612:1", "b86d3392aea1be30:1", "e6ceba753e1a442:1");
    }

    @Test
    void everyLineEndingGivesTheSameHashes() {
        List<String> expected = List.of("e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
                "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1");
        for (String input : List.of(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
                " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
                " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
                " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n")) {
            check(input, expected.toArray(String[]::new));
        }
    }

    @Test
    void repeatedLinesAreCounted() {
        check("Lorem ipsum dolor sit amet.\n".repeat(10), "a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2",
                "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
                "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1",
                "c129715d7a2bc9a3:1");
    }
}
