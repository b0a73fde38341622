package dev.opsdiff.maven;

import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings in the build log, as maven-checkstyle-plugin prints violations: {@code path:[line,col] (rule) message},
 * the path relative to the module, then the call path one hop a line. Maven adds the {@code [ERROR]}/{@code [WARNING]}
 * prefix from the finding's level.
 */
final class ConsoleReport {
    private ConsoleReport() {
    }

    /**
     * @param workTree the repository's work tree (finding paths are relative to it)
     * @param basedir  the module directory the printed paths are relative to
     */
    static List<String> lines(Finding f, Path workTree, Path basedir) {
        List<String> out = new ArrayList<>();
        out.add(path(f.location().path(), workTree, basedir) + ":[" + f.location().line() + ","
                + f.location().column() + "] (" + f.ruleId() + ") " + f.message());
        for (FlowStep step : f.codeFlow()) {
            out.add("    at " + step.message() + " (" + path(step.location().path(), workTree, basedir) + ":"
                    + step.location().line() + ")");
        }
        return out;
    }

    /** E.g. {@code 2 findings (1 error, 1 warning: cache-cardinality 1, query-fanout 1) in 3 changed files}. */
    static String summary(List<Finding> reported, int changedFiles) {
        String files = plural(changedFiles, "changed file");
        if (reported.isEmpty()) {
            return "no risky changes in " + files;
        }
        Map<Level, Integer> levels = new TreeMap<>();
        Map<String, Integer> rules = new TreeMap<>();
        for (Finding f : reported) {
            levels.merge(f.level(), 1, Integer::sum);
            rules.merge(f.ruleId(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        levels.forEach((l, n) -> parts.add(plural(n, l.id())));
        List<String> byRule = new ArrayList<>();
        rules.forEach((r, n) -> byRule.add(r + " " + n));
        return plural(reported.size(), "finding") + " (" + String.join(", ", parts) + ": " + String.join(", ", byRule)
                + ") in " + files;
    }

    /** Relative to the module when the file is inside it, else relative to the repository root. */
    private static String path(String repoRelative, Path workTree, Path basedir) {
        Path abs = workTree.resolve(repoRelative).normalize();
        return abs.startsWith(basedir) ? basedir.relativize(abs).toString() : repoRelative;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
