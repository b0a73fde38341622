package dev.opsdiff.retry;

import dev.opsdiff.catalog.BackoffVocabulary;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.source.Identifiers;
import java.util.regex.Pattern;

/**
 * A poll: a loop that re-reads the value its header tests until it is there ({@code while (isNullOrEmpty(status)) {
 * waitShortly(); status = storage.read(node); }}). Waiting between reads (the caller checks that) makes it a retry of
 * the read: its header bound caps the attempts, and without one only the value's arrival ends it.
 */
final class PollLoops {
    private PollLoops() {
    }

    /** The counter test a conjunctive header leaves in {@code iterates}: {@code i < 10} of {@code cond && i < 10}. */
    private static final Pattern COUNTER = Pattern.compile("\\s*\\w+\\s*(<=|<)\\s*(\\d+)\\s*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /**
     * A poll's attempts: its header bound; a deadline in the header bounds it by time (attempts assumed); else only
     * the value's arrival ends it. It always waits ({@code backoffMs} null: for a time that cannot be folded).
     */
    static RetryBudget budget(Loop l, Long backoffMs, BackoffVocabulary words, long assumedAttempts) {
        Long bound = l.constantBound() != null ? Long.valueOf(l.constantBound()) : counterBound(l);
        if (bound != null) {
            return new RetryBudget(bound, true, backoffMs, false);
        }
        if (boundedByTime(l, words)) {
            return new RetryBudget(assumedAttempts, true, backoffMs, true);
        }
        return new RetryBudget(RetryBudget.UNBOUNDED, true, backoffMs, false);
    }

    /**
     * The constant attempt bound of an indexed poll whose header is a conjunction ({@code for (int i = 0; cond && i <
     * 10; i++)}): the other side only ends it sooner. Kept out of the loop's own constant bound, which other rules
     * read as the size of a data loop.
     */
    static Long counterBound(Loop l) {
        var m = COUNTER.matcher(l.iterates());
        if (l.kind() != LoopKind.INDEXED_FOR || !m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(2));
        return m.group(1).equals("<=") ? n + 1 : n;
    }

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
            if (v == null || !m.runsIn(read, l.index()) || read.location().line() == header) {
                continue;
            }
            boolean tested = Identifiers.uses(l.iterates(), v) || m.calls().stream().anyMatch(c ->
                    c.location().line() == header && m.runsIn(c, l.index()) && Identifiers.uses(c.text(), v));
            if (tested) {
                return true;
            }
        }
        return false;
    }
}
