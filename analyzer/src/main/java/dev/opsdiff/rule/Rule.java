package dev.opsdiff.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule compares what the engine computed for a matched BEFORE/AFTER method pair and reports what got riskier.
 * Rules never walk syntax trees. Implementations are registered for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.opsdiff.rule.Rule}, and ship their documentation as {@code <id>.md} next to the class
 * (sections: What changed, Why it hurts in production, Example, How to fix).
 */
public interface Rule {
    RuleDescriptor descriptor();

    /** Options accepted under {@code rules.<id>} in the configuration, with their meaning and default. */
    default java.util.Map<String, String> options() {
        return java.util.Map.of();
    }

    /** Called once per matched method pair; report through {@code context.report}. */
    void check(PairContext context);

    /** Called once per analysis, after every pair, for findings that are not about one method pair (config files). */
    default void checkProgram(ProgramContext context) {
    }

    /** The rule's Markdown documentation. */
    default String documentation() {
        String name = descriptor().id() + ".md";
        try (InputStream in = getClass().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("rule " + descriptor().id() + " ships no " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
