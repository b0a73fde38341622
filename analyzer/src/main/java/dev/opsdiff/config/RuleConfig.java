package dev.opsdiff.config;

import dev.opsdiff.rule.Level;

import java.util.Map;

/** Per-rule settings from {@code rules.<id>} of the configuration; null means "rule default". */
public record RuleConfig(Boolean enabled, Level level, Map<String, Object> options) {
}
