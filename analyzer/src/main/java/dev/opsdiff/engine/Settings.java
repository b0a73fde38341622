package dev.opsdiff.engine;

import java.util.Set;

/**
 * Command-line choices that override the configuration.
 *
 * @param enable  rule ids to run even if disabled by configuration
 * @param disable rule ids not to run
 * @param threads parser threads
 */
public record Settings(Set<String> enable, Set<String> disable, int threads) {
    public static Settings defaults() {
        return new Settings(Set.of(), Set.of(), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }
}
