package dev.opsdiff.rule;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.summary.MethodSummary;
import dev.opsdiff.summary.Occurrence;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What a rule sees of one matched method pair. */
public final class PairContext {
    private final MethodPair pair;
    private final Analysis analysis;
    private final Map<String, Object> options;
    private final Consumer<Finding> sink;

    /** The engine's view a rule may query; implemented by the engine. */
    public interface Analysis {
        MethodSummary before(MethodPair pair);

        MethodSummary after(MethodPair pair);

        /** Effects whose degree grew in this pair and whose growth originates here (not in a matched callee). */
        List<Growth> grownEffects(MethodPair pair, Predicate<Occurrence> relevant);

        /**
         * I/O that BEFORE reached only on a cache or memo miss and AFTER reaches on every call at the same degree
         * (the cache was removed or is called past), where that change originates here.
         */
        List<Growth> bypassedEffects(MethodPair pair, Predicate<Occurrence> relevant);

        /**
         * I/O AFTER makes where BEFORE read an in-memory memo its owner fills from I/O elsewhere (kept warm by a
         * reconciler or listener, never loaded on a miss), at the same degree; none that {@link #bypassedEffects}
         * already reports.
         */
        List<MemoReplacement> replacedMemos(MethodPair pair, Predicate<Occurrence> relevant);

        /** The BEFORE side: resolved calls, summaries and catalog. */
        Side beforeSide();

        /** The AFTER side. */
        Side afterSide();

        /** Method and type pairings between the sides. */
        dev.opsdiff.match.Matching matching();
    }

    /** One side of the comparison, for rules that need more than effect summaries. */
    public record Side(dev.opsdiff.resolve.ResolvedProgram program, dev.opsdiff.summary.Summarizer summaries,
                       dev.opsdiff.catalog.Catalog catalog) {
    }

    public PairContext(MethodPair pair, Analysis analysis, Map<String, Object> options, Consumer<Finding> sink) {
        this.pair = pair;
        this.analysis = analysis;
        this.options = options;
        this.sink = sink;
    }

    public MethodPair pair() {
        return pair;
    }

    public MethodSummary before() {
        return analysis.before(pair);
    }

    public MethodSummary after() {
        return analysis.after(pair);
    }

    public List<Growth> grownEffects(Predicate<Occurrence> relevant) {
        return analysis.grownEffects(pair, relevant);
    }

    public List<Growth> bypassedEffects(Predicate<Occurrence> relevant) {
        return analysis.bypassedEffects(pair, relevant);
    }

    public List<MemoReplacement> replacedMemos(Predicate<Occurrence> relevant) {
        return analysis.replacedMemos(pair, relevant);
    }

    public Side beforeSide() {
        return analysis.beforeSide();
    }

    public Side afterSide() {
        return analysis.afterSide();
    }

    public dev.opsdiff.match.Matching matching() {
        return analysis.matching();
    }

    /** Rule options from the configuration ({@code rules.<id>.<option>}). */
    public Map<String, Object> options() {
        return options;
    }

    public void report(Finding finding) {
        sink.accept(finding);
    }
}
