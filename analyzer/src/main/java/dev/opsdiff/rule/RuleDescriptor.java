package dev.opsdiff.rule;

import java.util.List;

/**
 * A rule's metadata, said once: SARIF {@code rules[]}, {@code opsdiff rules} and the README rule list read it.
 *
 * @param id          stable kebab-case id (SARIF ruleId, config key, suppression key)
 * @param name        PascalCase name for SARIF {@code name}
 * @param level       default level
 * @param summary     one sentence
 * @param tags        SARIF {@code properties.tags}
 * @param precision   SARIF {@code properties.precision}: very-high, high, medium or low
 * @param severity    SARIF {@code properties.problem.severity}: error, warning or recommendation
 */
public record RuleDescriptor(String id, String name, Level level, String summary, List<String> tags,
                             String precision, String severity) {
}
