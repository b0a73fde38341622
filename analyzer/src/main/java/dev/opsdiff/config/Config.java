package dev.opsdiff.config;

import dev.opsdiff.catalog.CatalogData;

import java.util.List;
import java.util.Map;

/**
 * A user's {@code .opsdiff.yml}: extra catalog entries (in-house clients) and rule settings.
 *
 * @param source       where it was read from, for messages; null for the empty default
 * @param includeTests whether test sources (test roots, {@code *Test}/{@code *Tests}/{@code *IT} classes) are
 *                     analyzed; by default they are left out: a timeout raised in an integration test is no
 *                     production risk
 * @param workload     typical collection sizes, for estimates of calls per request
 * @param maxFileBytes files larger than this are not parsed (a notification says so): generated code of many
 *                     megabytes costs more to parse than the rest of a change and holds nothing the rules read
 */
public record Config(String source, List<CatalogData> catalog, Map<String, RuleConfig> rules, boolean includeTests,
                     Workload workload, long maxFileBytes) {
    /** 2 MiB: several times the largest hand-written files of kafka or dolphinscheduler. */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

    public Config {
        workload = workload == null ? Workload.NONE : workload;
        maxFileBytes = maxFileBytes <= 0 ? DEFAULT_MAX_FILE_BYTES : maxFileBytes;
    }

    public Config(String source, List<CatalogData> catalog, Map<String, RuleConfig> rules, boolean includeTests,
                  Workload workload) {
        this(source, catalog, rules, includeTests, workload, DEFAULT_MAX_FILE_BYTES);
    }

    public Config(String source, List<CatalogData> catalog, Map<String, RuleConfig> rules, boolean includeTests) {
        this(source, catalog, rules, includeTests, Workload.NONE);
    }

    public Config(String source, List<CatalogData> catalog, Map<String, RuleConfig> rules) {
        this(source, catalog, rules, false);
    }

    public static Config empty() {
        return new Config(null, List.of(), Map.of());
    }

    public RuleConfig rule(String id) {
        return rules.getOrDefault(id, new RuleConfig(null, null, Map.of()));
    }
}
