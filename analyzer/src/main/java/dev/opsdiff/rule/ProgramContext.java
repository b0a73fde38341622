package dev.opsdiff.rule;

import dev.opsdiff.resolve.ResolvedProgram;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a rule sees of the whole analysis, for findings outside method pairs (e.g. configuration files).
 *
 * @param editedFile whether the change edited an AFTER file beyond whitespace (or added it). A finding outside
 *                   methods survives the engine only with a place on an edited line, so a rule need not compare what
 *                   lies wholly in files the change left alone.
 */
public record ProgramContext(ResolvedProgram before, ResolvedProgram after, Map<String, Object> options,
                             Consumer<Finding> sink, Predicate<String> editedFile) {
    /** Every file counts as edited: for callers that know nothing of the change. */
    public ProgramContext(ResolvedProgram before, ResolvedProgram after, Map<String, Object> options,
                          Consumer<Finding> sink) {
        this(before, after, options, sink, path -> true);
    }

    public void report(Finding finding) {
        sink.accept(finding);
    }

    public boolean edited(String afterPath) {
        return editedFile.test(afterPath);
    }
}
