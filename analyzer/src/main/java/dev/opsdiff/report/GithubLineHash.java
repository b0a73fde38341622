package dev.opsdiff.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF {@code partialFingerprints.primaryLocationLineHash} exactly as GitHub's upload computes it, so a code-scanning
 * upload finds our value equal to its own and warns about nothing. Ported (not copied) from the {@code hash} function
 * of {@code src/fingerprints.ts} in github/codeql-action; the vectors in {@code src/fingerprints.test.ts} are our
 * unit tests.
 *
 * <p>The recipe: a polynomial rolling hash (base 37, arithmetic wrapping at 64 bits like the JavaScript {@code Long})
 * over a window of the next 100 characters starting at each line, where spaces and tabs are skipped and CR, LF and
 * CRLF all count as one LF. After the text comes one end-of-file marker (65535) and zeros that push the last windows
 * out. The hash is printed as unsigned hex without padding, and {@code :n} numbers repeats of the same hash value in
 * file order. Characters are UTF-16 code units, as {@code charCodeAt} sees them, which is also what Java strings hold.
 */
public final class GithubLineHash {
    private static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    private static final int EOF = 65535;
    private static final long FIRST_MOD = firstMod();

    private GithubLineHash() {
    }

    /** The hash of every line of {@code text}, keyed by 1-based line number, in line order. */
    public static Map<Integer, String> of(CharSequence text) {
        Hasher h = new Hasher();
        for (int i = 0; i < text.length(); i++) {
            h.process(text.charAt(i));
        }
        h.process(EOF);
        h.flush();
        return h.hashes;
    }

    /** 37^100 mod 2^64: the weight of the character leaving the window. */
    private static long firstMod() {
        long m = 1;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            m *= MOD;
        }
        return m;
    }

    /** The state of one pass; the names follow fingerprints.ts so the two can be compared side by side. */
    private static final class Hasher {
        private final int[] window = new int[BLOCK_SIZE];
        /** Line number starting at that window slot, or -1. */
        private final int[] lineNumbers = new int[BLOCK_SIZE];
        private final Map<String, Integer> hashCounts = new HashMap<>();
        private final Map<Integer, String> hashes = new LinkedHashMap<>();
        private long hashRaw;
        private int index;
        private int lineNumber;
        private boolean lineStart = true;
        private boolean prevCR;

        Hasher() {
            Arrays.fill(lineNumbers, -1);
        }

        void process(int current) {
            // A space, a tab or the LF of a CRLF never enters the window (and clears the CR memory, as upstream does).
            if (current == ' ' || current == '\t' || (prevCR && current == '\n')) {
                prevCR = false;
                return;
            }
            if (current == '\r') {
                current = '\n';
                prevCR = true;
            } else {
                prevCR = false;
            }
            if (lineNumbers[index] != -1) {
                output();
            }
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current == '\n') {
                lineStart = true;
            }
            update(current);
        }

        /** Pushes zeros until every line still waiting in the window has had its full 100 characters. */
        void flush() {
            for (int i = 0; i < BLOCK_SIZE; i++) {
                if (lineNumbers[index] != -1) {
                    output();
                }
                update(0);
            }
        }

        private void update(int current) {
            int begin = window[index];
            window[index] = current;
            hashRaw = MOD * hashRaw + current - FIRST_MOD * begin;
            index = (index + 1) % BLOCK_SIZE;
        }

        private void output() {
            String value = Long.toUnsignedString(hashRaw, 16);
            int count = hashCounts.merge(value, 1, Integer::sum);
            // Lines leave the window in the order they entered it, so the counts follow file order as upstream.
            hashes.put(lineNumbers[index], value + ":" + count);
            lineNumbers[index] = -1;
        }
    }
}
