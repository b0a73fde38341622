package dev.opsdiff.engine;

import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.source.Snapshot;

import java.util.List;
import java.util.Map;

/**
 * Everything a report needs: the findings (sorted), the files that could not be analyzed, the active rules with
 * their docs, the snapshots (AFTER text for fingerprints), the figures for {@code --stats}, and the files the precise
 * front end could not model ({@code fallbacks}: analyzed with the declarations-only model instead).
 */
public record AnalysisResult(List<Finding> findings, List<ParseProblem> problems, List<ActiveRule> rules,
                             Snapshot before, Snapshot after, Stats stats, List<ParseProblem> fallbacks) {
    public AnalysisResult {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    public AnalysisResult(List<Finding> findings, List<ParseProblem> problems, List<ActiveRule> rules,
                          Snapshot before, Snapshot after, Stats stats) {
        this(findings, problems, rules, before, after, stats, List.of());
    }

    /** The same analysis with other findings (a baseline or a suppression policy applied). */
    public AnalysisResult withFindings(List<Finding> kept) {
        return new AnalysisResult(kept, problems, rules, before, after, stats, fallbacks);
    }

    /** A rule that ran, with its effective level and documentation. */
    public record ActiveRule(RuleDescriptor descriptor, dev.opsdiff.rule.Level level, String documentation) {
    }

    /**
     * @param files        Java files on both sides
     * @param parsedFiles  files actually parsed (unchanged files are parsed once for both sides)
     * @param methods      methods on both sides
     * @param pairs        matched method pairs
     * @param parseMillis  parse time summed over threads
     * @param totalMillis  wall-clock time of the whole analysis
     */
    /**
     * @param droppedUnchanged findings dropped because nothing on their path changed (the engine's invariant)
     * @param skippedTestFiles changed test sources left out (configuration {@code includeTests: true} keeps them)
     * @param frontEnd         {@value #JAVAPARSER} or {@value #SPOON} (the precise front end, with a classpath)
     * @param preciseFiles     files Spoon modelled (or whose refined model came from the cache), per side
     * @param fallbackFiles    files Spoon could not model, analyzed with their JavaParser model, per side
     * @param preciseMillis    time in Spoon and the overlay, both sides
     * @param unpairedBefore   BEFORE methods the matcher paired with nothing (deleted, or a rename it missed)
     * @param unpairedAfter    AFTER methods paired with nothing (added, or a rename it missed)
     * @param checkedPairs     pairs the rules ran on: those with a change on their path (all in the reference mode)
     */
    public record Stats(int files, long parsedFiles, int methods, int pairs, long parseMillis, long totalMillis,
                        int droppedUnchanged, int skippedTestFiles, long cachedFiles, String frontEnd,
                        long preciseFiles, long fallbackFiles, long preciseMillis, int unpairedBefore,
                        int unpairedAfter, int checkedPairs, Map<String, Long> phaseMillis) {
        public static final String JAVAPARSER = "javaparser";

        public Stats {
            phaseMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseMillis)); // in order
        }
        public static final String SPOON = "spoon";

        public Stats(int files, long parsedFiles, int methods, int pairs, long parseMillis, long totalMillis,
                     int droppedUnchanged, int skippedTestFiles, long cachedFiles) {
            this(files, parsedFiles, methods, pairs, parseMillis, totalMillis, droppedUnchanged, skippedTestFiles,
                    cachedFiles, JAVAPARSER, 0, 0, 0, 0, 0, pairs, Map.of());
        }

        public Stats(int files, long parsedFiles, int methods, int pairs, long parseMillis, long totalMillis,
                     int droppedUnchanged, int skippedTestFiles) {
            this(files, parsedFiles, methods, pairs, parseMillis, totalMillis, droppedUnchanged, skippedTestFiles, 0);
        }
    }
}
