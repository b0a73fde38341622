package dev.opsdiff.engine;

import dev.opsdiff.source.LineChanges;

import java.util.Set;

/**
 * Command-line choices that override the configuration.
 *
 * @param enable      rule ids to run even if disabled by configuration
 * @param disable     rule ids not to run
 * @param threads     parser threads
 * @param lineChanges how to tell which AFTER lines a change touched (the command line passes JGit's diff)
 */
public record Settings(Set<String> enable, Set<String> disable, int threads, LineChanges lineChanges) {
    public Settings(Set<String> enable, Set<String> disable, int threads) {
        this(enable, disable, threads, LineChanges.simple());
    }

    public static Settings defaults() {
        return new Settings(Set.of(), Set.of(), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }
}
