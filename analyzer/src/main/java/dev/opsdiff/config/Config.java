package dev.opsdiff.config;

import dev.opsdiff.catalog.CatalogData;

import java.util.List;
import java.util.Map;

/**
 * A user's {@code .opsdiff.yml}: extra catalog entries (in-house clients) and rule settings.
 *
 * @param source where it was read from, for messages; null for the empty default
 */
public record Config(String source, List<CatalogData> catalog, Map<String, RuleConfig> rules) {
    public static Config empty() {
        return new Config(null, List.of(), Map.of());
    }

    public RuleConfig rule(String id) {
        return rules.getOrDefault(id, new RuleConfig(null, null, Map.of()));
    }
}
