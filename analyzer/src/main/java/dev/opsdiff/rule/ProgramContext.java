package dev.opsdiff.rule;

import dev.opsdiff.resolve.ResolvedProgram;

import java.util.Map;
import java.util.function.Consumer;

/** What a rule sees of the whole analysis, for findings outside method pairs (e.g. configuration files). */
public record ProgramContext(ResolvedProgram before, ResolvedProgram after, Map<String, Object> options,
                             Consumer<Finding> sink) {
    public void report(Finding finding) {
        sink.accept(finding);
    }
}
