package dev.opsdiff.cli.git;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The AFTER lines a change added or edited (1-based), as {@code git diff} shows them with '+'. Reports put
 * findings on such lines because GitHub shows pull-request annotations only there.
 */
public final class ChangedLines implements dev.opsdiff.source.LineChanges {
    /** JGit's histogram diff, the one {@code git diff} uses, for every mode of the command line. */
    public static final ChangedLines HISTOGRAM = new ChangedLines();

    private ChangedLines() {
    }

    @Override
    public Set<Integer> changedLines(String before, String after) {
        return of(before, after);
    }

    @Override
    public Set<Integer> deletionPoints(String before, String after) {
        Set<Integer> lines = new TreeSet<>();
        RawText b = raw(after);
        for (Edit edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, raw(before), b)) {
            if (edit.getType() == Edit.Type.DELETE) {
                lines.add(Math.max(1, Math.min(b.size(), edit.getBeginB() + 1)));
            }
        }
        return lines;
    }

    static Set<Integer> of(String before, String after) {
        Set<Integer> lines = new TreeSet<>();
        for (Edit edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, raw(before), raw(after))) {
            if (edit.getType() == Edit.Type.INSERT || edit.getType() == Edit.Type.REPLACE) {
                for (int line = edit.getBeginB(); line < edit.getEndB(); line++) {
                    lines.add(line + 1);
                }
            }
        }
        return lines;
    }

    /** CRLF is folded so that a checkout with core.autocrlf does not make every line look edited. */
    private static RawText raw(String text) {
        return new RawText(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }
}
