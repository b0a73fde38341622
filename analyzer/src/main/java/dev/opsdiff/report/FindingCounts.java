package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Level;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the closing summary of the text and Markdown reports counts, computed once from the result. */
final class FindingCounts {
    /** Shown findings (not suppressed), grouped by file in report order. */
    final Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    final Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    /** Sorted by rule id, so the line reads the same whatever order the rules ran in. */
    final Map<String, Integer> byRule = new TreeMap<>();
    int shown;
    int suppressed;
    int suppressedByChange;

    FindingCounts(AnalysisResult result) {
        for (Finding f : result.findings()) {
            if (f.suppressed() != null) {
                suppressed++;
                if (f.suppressionAddedByChange()) {
                    suppressedByChange++;
                }
                continue;
            }
            shown++;
            byFile.computeIfAbsent(f.location().path(), p -> new ArrayList<>()).add(f);
            byLevel.merge(f.level(), 1, Integer::sum);
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
    }

    /** "2 errors, 1 warning", levels most severe first; each part passed through {@code style}. */
    String levels(java.util.function.BiFunction<Level, String, String> style) {
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, n) -> parts.add(style.apply(level, plural(n, level.id()))));
        return String.join(", ", parts);
    }

    /** "cache-cardinality 2, query-fanout 1"; each rule id passed through {@code style}. */
    String rules(java.util.function.UnaryOperator<String> style) {
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> parts.add(style.apply(rule) + " " + n));
        return String.join(", ", parts);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
