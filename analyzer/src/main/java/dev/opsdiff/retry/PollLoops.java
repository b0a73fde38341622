package dev.opsdiff.retry;

import dev.opsdiff.catalog.BackoffVocabulary;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.MethodModel;
import java.util.regex.Pattern;

/**
 * A poll: a loop that re-reads the value its header tests until it is there ({@code while (isNullOrEmpty(status)) {
 * waitShortly(); status = storage.read(node); }}). Waiting between reads (the caller checks that) makes it a retry of
 * the read: its header bound caps the attempts, and without one only the value's arrival ends it.
 */
final class PollLoops {
    private PollLoops() {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** The header reads the clock or compares a point in time ({@code now < deadline}): time ends the poll. */
    static boolean boundedByTime(Loop l, BackoffVocabulary words) {
        var ids = IDENTIFIER.matcher(l.iterates());
        while (ids.find()) {
            String id = ids.group();
            if (words.clocks().contains(id) || id.toLowerCase(java.util.Locale.ROOT).contains("deadline")
                    || words.stampNames() != null && words.stampNames().matcher(id).matches()
                    || words.clockNames() != null && words.clockNames().matcher(id).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The loop assigns, from a call, a variable its header tests. */
    static boolean rereadsWhatItTests(MethodModel m, Loop l) {
        if (l.kind() == LoopKind.ENHANCED_FOR || l.kind() == LoopKind.ITERATION_CALLBACK) {
            return false;
        }
        int header = l.location().line();
        for (CallSite read : m.calls()) {
            String v = read.assignedTo();
            if (v == null || !RetryFinder.inLoop(m, read, l.index()) || read.location().line() == header) {
                continue;
            }
            Pattern name = Pattern.compile("(?<![\\w$.])" + Pattern.quote(v) + "(?![\\w$])");
            boolean tested = name.matcher(l.iterates()).find() || m.calls().stream().anyMatch(c ->
                    c.location().line() == header && RetryFinder.inLoop(m, c, l.index()) && name.matcher(c.text()).find());
            if (tested) {
                return true;
            }
        }
        return false;
    }
}
