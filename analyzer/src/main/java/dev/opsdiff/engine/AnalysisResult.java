package dev.opsdiff.engine;

import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.source.Snapshot;

import java.util.List;

/**
 * Everything a report needs: the findings (sorted), the files that could not be analyzed, the active rules with
 * their docs, the snapshots (AFTER text for fingerprints) and the figures for {@code --stats}.
 */
public record AnalysisResult(List<Finding> findings, List<ParseProblem> problems, List<ActiveRule> rules,
                             Snapshot before, Snapshot after, Stats stats) {

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
     */
    /**
     * @param unpairedBefore BEFORE methods the matcher paired with nothing (deleted, or a rename it missed)
     * @param unpairedAfter  AFTER methods paired with nothing (added, or a rename it missed)
     */
    public record Stats(int files, long parsedFiles, int methods, int pairs, long parseMillis, long totalMillis,
                        int droppedUnchanged, int skippedTestFiles, long cachedFiles, int unpairedBefore,
                        int unpairedAfter) {
        public Stats(int files, long parsedFiles, int methods, int pairs, long parseMillis, long totalMillis,
                     int droppedUnchanged, int skippedTestFiles) {
            this(files, parsedFiles, methods, pairs, parseMillis, totalMillis, droppedUnchanged, skippedTestFiles, 0,
                    0, 0);
        }
    }
}
