package dev.opsdiff.rules;

import dev.opsdiff.guard.GuardDiff;
import dev.opsdiff.guard.GuardFact;
import dev.opsdiff.guard.GuardKind;
import dev.opsdiff.guard.LostGuard;
import dev.opsdiff.guard.ProtectedEffect;
import dev.opsdiff.guard.ProtectionAnalysis;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Location;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.summary.Hop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A guard that made an entry point safe to repeat (dedupe lookup, atomic claim, status check, lock, unique key,
 * idempotency key) no longer protects the side effect it protected: removed, moved after the effect, its result
 * ignored, or checking another key. The guard analysis lives in {@code dev.opsdiff.guard}; this class decides what
 * to report and words it.
 */
public final class IdempotencyGuardRemovedRule implements Rule {
    public static final String ID = "idempotency-guard-removed";
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, "IdempotencyGuardRemoved", Level.ERROR,
            "A check that made an entry point safe to repeat (dedupe lookup, atomic claim, status check, lock, "
                    + "unique key or idempotency key) no longer guards the side effect it protected.",
            List.of("reliability", "idempotency", "messaging", "payments", "refactoring"), "high", "error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The sides of the analysis being checked: built once, reused by every pair of that analysis. */
    private record Sides(ResolvedProgram beforeProgram, ResolvedProgram afterProgram, GuardDiff diff,
                         ProtectionAnalysis after) {
    }

    private Sides last;
    /** Guards that exclude only callers in the same JVM (catalog: JVM locks, synchronized methods). */
    private static final Set<String> JVM_LOCKS = Set.of("synchronized", "lock", "lockInterruptibly");
    /** The repeat of a lost lock on a method no entry point reaches: the callers the lock was written for. */
    static final String NO_ENTRY_POINT = "a concurrent call (no entry point found; the lock shows the method expected"
            + " them)";
    /** The repeat a lost de-duplication lets through: within one run, not a repeated call. */
    static final String LISTED_TWICE = "an item the source lists twice";
    /**
     * The repeat of a lost guard that records the method's own run (a handle, a run-once gate, a state the method
     * sets) on a method no entry point reaches: the repeated calls the guard was written for.
     */
    static final String NO_ENTRY_POINT_REPEAT = "a repeated call (no entry point found; the guard shows the method"
            + " expected them)";

    @Override
    public void check(PairContext context) {
        MethodPair pair = context.pair();
        Sides sides = sides(context);
        GuardDiff diff = sides.diff();
        List<LostGuard> lostGuards = diff.lost(pair);
        if (lostGuards.isEmpty()) {
            return; // most pairs: no need to classify the method as an entry point
        }
        Optional<String> repeat = sides.after().entryPoints().repeat(pair.after());
        Set<Location> reported = new HashSet<>();
        for (LostGuard lost : lostGuards) {
            // Off every entry point, only a guard that itself says repeats exist is reported: a lock (concurrent
            // callers) or a test of the work's own handle (repeated starts).
            // A de-duplication of a loop's items guards repeats within one run: no entry point is needed.
            boolean inData = lost.guard().origin() == GuardFact.Origin.DEDUPLICATION;
            boolean selfEvident = lost.guard().kind().showsRepeats() || lost.guard().recordsRun();
            if (repeat.isEmpty() && !selfEvident && !inData) {
                continue;
            }
            Hop at = diff.reportedHop(pair, lost);
            // Two guards lost before the same call are one change to review: report the first.
            if (reported.add(at.site().location())) {
                // Weaker claims are said in the message and make the finding a warning.
                List<String> doubts = new ArrayList<>();
                if (lost.after().effect().basis() != null) {
                    doubts.add(lost.after().effect().basis());
                }
                if (sides.after().knownByNameOnly(lost.guard())) {
                    doubts.add("the check `" + lost.guard().api() + "` is known by its name only");
                }
                if (inData) {
                    doubts.add("the items may be unique already, which the model cannot tell");
                } else if (repeat.isEmpty()) {
                    doubts.add("no entry point reaches the method");
                }
                String again = inData ? LISTED_TWICE : repeat.orElse(lost.guard().kind() == GuardKind.LOCK
                        ? NO_ENTRY_POINT : NO_ENTRY_POINT_REPEAT);
                context.report(finding(pair, lost, at, again, doubts));
            }
        }
    }

    /**
     * Only the latest analysis is kept (a rule instance may serve many analyses, one after the other), so nothing
     * outlives it. BEFORE is analyzed strictly and AFTER leniently: see {@link ProtectionAnalysis}.
     */
    private synchronized Sides sides(PairContext context) {
        ResolvedProgram b = context.beforeSide().program();
        ResolvedProgram a = context.afterSide().program();
        if (last == null || last.beforeProgram() != b || last.afterProgram() != a) {
            ProtectionAnalysis before = new ProtectionAnalysis(b, context.beforeSide().catalog(), true);
            ProtectionAnalysis after = new ProtectionAnalysis(a, context.afterSide().catalog(), false);
            last = new Sides(b, a, new GuardDiff(before, after, context.matching()), after);
        }
        return last;
    }

    /**
     * The finding belongs to the AFTER method it sits in (the pair's method, or the helper the guard was written in),
     * so suppressions and the move to the nearest edited line apply to that method.
     */
    private static Finding finding(MethodPair pair, LostGuard l, Hop at, String repeat, List<String> doubts) {
        Level level = doubts.isEmpty() ? null : Level.WARNING;
        String note = doubts.isEmpty() ? "" : " Lower confidence: " + String.join("; ", doubts) + ".";
        return new Finding(ID, level, message(l, at, repeat) + note, at.site().location(), at.methodId(), related(l, at),
                flow(l.after()), properties(pair, l),
                ID + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|" + l.guard().api() + "|"
                        + l.after().effect().api(), null);
    }

    static String message(LostGuard l, Hop at, String repeat) {
        GuardFact g = l.guard();
        String guard = guardName(g);
        String effect = "`" + shortCall(at.site()) + "`";
        Hop leaf = l.after().last();
        if (leaf != at) {
            effect += ", which reaches `" + shortCall(leaf.site()) + "`";
        }
        String more = l.alsoLost().isEmpty() ? "" : " (and " + l.alsoLost().size() + " more side effect"
                + (l.alsoLost().size() == 1 ? "" : "s") + ")";
        String verb = l.after().verb();
        String consequence = consequence(g, repeat, verb);
        return switch (l.change()) {
            case REMOVED -> capitalize(guard) + " no longer guards " + effect + more + ": " + consequence + ".";
            case MOVED_AFTER -> capitalize(guard) + " now runs after " + effect + more + ", so it no longer guards it: "
                    + consequence + ".";
            case RESULT_IGNORED -> "The result of `" + l.counterpart().text() + "` is no longer checked, so it no "
                    + "longer guards " + effect + more + ": " + consequence + ".";
            case OTHER_KEY -> capitalize(guard) + (g.kind() == GuardKind.IDEMPOTENCY_KEY ? " now sends `" : " now checks `")
                    + l.counterpart().keyText() + "` instead of `" + g.keyText() + "` before " + effect + more + ": "
                    + consequence + ".";
            case NOT_ATOMIC -> (guard.startsWith("the ") ? "The atomic " + guard.substring(4)
                    : "The atomic claim " + guard) + " became the check-then-act `" + l.counterpart().text()
                    + "` before " + effect + more + ": two concurrent repeats can both pass it and " + verb + ".";
        };
    }

    /**
     * The call for a message: {@code paymentGateway.charge(...)}; a long fluent chain keeps its head and the call,
     * {@code partner.post()….body(...)}.
     */
    static String shortCall(CallSite site) {
        return site.shortChainText();
    }

    /** The guard as written in BEFORE, in a form that reads in a sentence. */
    static String guardName(GuardFact g) {
        return switch (g.origin()) {
            case CATCH -> "the `" + g.api() + "` catch";
            case INLINE -> g.text().equals(g.text().toUpperCase(Locale.ROOT)) ? "the `" + g.text() + "` clause"
                    : "`" + g.text() + "` in the write";
            case ENTITY -> "`" + g.api() + "` on `" + g.text().substring(g.text().indexOf(' ') + 1) + "`";
            case DEDUPLICATION -> "the de-duplication `" + g.text() + "`";
            default -> "`" + g.text() + "`";
        };
    }

    private static String consequence(GuardFact g, String repeat, String verb) {
        if (g.kind() == GuardKind.LOCK && JVM_LOCKS.contains(g.api())) {
            return "concurrent callers in this JVM can now both pass the check and " + verb;
        }
        return switch (g.kind()) {
            case VERSION -> "concurrent updates can now overwrite each other";
            case UNIQUE_KEY -> repeat + " now fails on the duplicate instead of being treated as already done";
            default -> repeat + " " + thirdPerson(verb);
        };
    }

    /** "charge again" → "charges again". */
    static String thirdPerson(String verbPhrase) {
        int space = verbPhrase.indexOf(' ');
        String verb = space < 0 ? verbPhrase : verbPhrase.substring(0, space);
        String rest = space < 0 ? "" : verbPhrase.substring(space);
        String conjugated;
        if (verb.matches(".*(s|sh|ch|x|z|o)")) {
            conjugated = verb + "es";
        } else if (verb.matches(".*[^aeiou]y")) {
            conjugated = verb.substring(0, verb.length() - 1) + "ies";
        } else {
            conjugated = verb + "s";
        }
        return conjugated + rest;
    }

    private static String capitalize(String s) {
        return s.startsWith("`") || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static List<RelatedLocation> related(LostGuard l, Hop at) {
        List<RelatedLocation> out = new ArrayList<>();
        Hop leaf = l.after().last();
        if (leaf != at) {
            out.add(new RelatedLocation(leaf.site().location(), l.after().effect().kind().describe() + " `"
                    + shortCall(leaf.site()) + "`"));
        }
        if (l.counterpart() != null) {
            String what = switch (l.change()) {
                case MOVED_AFTER -> "the guard, now after the side effect";
                case RESULT_IGNORED -> "the claim, its result ignored";
                case OTHER_KEY -> "the guard, now on another key";
                default -> "the weaker check";
            };
            out.add(new RelatedLocation(l.counterpart().location(), what + ": `" + l.counterpart().text() + "`"));
        }
        for (ProtectedEffect other : l.alsoLost()) {
            out.add(new RelatedLocation(other.first().site().location(), "also no longer guarded: `"
                    + shortCall(other.first().site()) + "`"));
        }
        return out;
    }

    private static List<FlowStep> flow(ProtectedEffect e) {
        List<FlowStep> out = new ArrayList<>();
        for (int i = 0; i < e.path().size(); i++) {
            Hop hop = e.path().get(i);
            String call = "`" + shortCall(hop.site()) + "`";
            String what = i == e.path().size() - 1 ? e.effect().kind().describe() + " " + call : "calls " + call;
            out.add(new FlowStep(hop.site().location(), hop.methodName() + " " + what));
        }
        return out;
    }

    private static Map<String, Object> properties(MethodPair pair, LostGuard l) {
        Map<String, Object> p = new TreeMap<>();
        p.put("guardKind", l.guard().kind().id());
        p.put("change", l.change().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        p.put("effect", l.after().effect().kind().id());
        p.put("api", l.after().effect().api());
        p.put("matchedBy", pair.evidence().name());
        if (l.after().effect().basis() != null) {
            p.put("effectBasis", l.after().effect().basis());
        }
        Map<String, Object> before = new TreeMap<>();
        before.put("file", l.guard().location().path());
        before.put("line", l.guard().location().line());
        before.put("method", pair.before().displayName());
        before.put("snippet", l.guard().text());
        before.put("effect", shortCall(l.before().last().site()));
        p.put("before", before);
        if (l.counterpart() != null) {
            p.put("afterGuard", Map.of("line", l.counterpart().location().line(), "snippet", l.counterpart().text()));
        }
        return p;
    }
}
