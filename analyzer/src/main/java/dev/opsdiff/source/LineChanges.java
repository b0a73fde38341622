package dev.opsdiff.source;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which AFTER lines a change added or edited, so findings can sit where a pull-request view shows them. The
 * command line plugs in JGit's histogram diff; this default is a common prefix/suffix trim with an LCS on the rest,
 * and treats a very large edited middle as changed whole (cheap, never wrong about unchanged prefixes).
 */
@FunctionalInterface
public interface LineChanges {
    /** A middle part larger than this is not diffed line by line (the LCS table grows with the product). */
    int MAX_LCS_LINES = 2_000;

    /** 1-based AFTER line numbers added or edited going from {@code before} to {@code after}. */
    Set<Integer> changedLines(String before, String after);

    /**
     * 1-based AFTER lines where BEFORE lines were deleted and nothing was added: the line that now stands where they
     * were (or the last line, at the end). A change that only deletes a guard or a counter update has no added line,
     * yet its findings need a place next to it.
     */
    default Set<Integer> deletionPoints(String before, String after) {
        return lcsDeletions(before, after);
    }

    static LineChanges simple() {
        return LineChanges::lcs;
    }

    /** The text's lines; none for an empty text. */
    private static String[] lineArray(String text) {
        return text.isEmpty() ? new String[0] : Whitespace.lines(text).toArray(String[]::new);
    }

    private static Set<Integer> lcsDeletions(String before, String after) {
        String[] a = lineArray(before);
        String[] b = lineArray(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        Set<Integer> out = new TreeSet<>();
        int n = endA - start;
        int m = endB - start;
        if (n == 0 || n > MAX_LCS_LINES || m > MAX_LCS_LINES) {
            return out;
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a[start + i].equals(b[start + j]) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        boolean deleting = false;
        while (i < n) {
            if (j < m && a[start + i].equals(b[start + j])) {
                if (deleting) {
                    out.add(start + j + 1);
                }
                deleting = false;
                i++;
                j++;
            } else if (j >= m || len[i + 1][j] >= len[i][j + 1]) {
                deleting = true;
                i++;
            } else {
                deleting = false;
                j++;
            }
        }
        if (deleting && j >= m) {
            out.add(Math.max(1, Math.min(b.length, start + j + 1)));
        }
        return out;
    }

    private static Set<Integer> lcs(String before, String after) {
        String[] a = lineArray(before);
        String[] b = lineArray(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        Set<Integer> out = new TreeSet<>();
        int n = endA - start;
        int m = endB - start;
        if (n > MAX_LCS_LINES || m > MAX_LCS_LINES) {
            for (int i = start; i < endB; i++) {
                out.add(i + 1);
            }
            return out;
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a[start + i].equals(b[start + j]) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (j < m) {
            if (i < n && a[start + i].equals(b[start + j])) {
                i++;
                j++;
            } else if (i < n && len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                out.add(start + j + 1);
                j++;
            }
        }
        return out;
    }
}
