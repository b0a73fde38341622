package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the content of the text report (findings
 * grouped by file, call paths, a closing count per level and rule) plus the BEFORE code of each finding.
 */
public final class MarkdownReport implements ReportWriter {
    /** Call paths up to this many hops are shown open; longer ones are folded into a {@code <details>} block. */
    static final int OPEN_CALL_PATH_STEPS = 4;

    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        long shownCount = result.findings().stream().filter(f -> f.suppressed() == null).count();
        List<Finding> suppressed = result.findings().stream().filter(f -> f.suppressed() != null).toList();
        out.write(shownCount == 0 ? "### opsdiff: no risky changes\n\n"
                : "### opsdiff: " + shownCount + " risky change" + (shownCount == 1 ? "" : "s") + "\n\n");
        if (context.range() != null) {
            out.write("Compared " + code(context.range()) + ".\n\n");
        }
        if (!context.notices().isEmpty()) {
            out.write("> [!WARNING]\n");
            for (String notice : context.notices()) {
                out.write("> " + escapeOutsideCode(notice) + "\n");
            }
            out.write("\n");
        }
        FindingCounts counts = new FindingCounts(result);
        estimates(result, context, out);
        for (Map.Entry<String, List<Finding>> file : counts.byFile.entrySet()) {
            out.write("#### " + code(context.uriPrefix() + file.getKey()) + "\n\n");
            for (Finding f : file.getValue()) {
                finding(f, context, out);
            }
        }
        if (counts.shown > 0) {
            out.write("**" + FindingCounts.plural(counts.shown, "finding") + "** in "
                    + FindingCounts.plural(counts.byFile.size(), "file") + ": " + counts.levels((l, s) -> s) + " · "
                    + counts.rules(MarkdownReport::code) + "\n\n");
        }
        if (!suppressed.isEmpty()) {
            long added = suppressed.stream().filter(Finding::suppressionAddedByChange).count();
            out.write("<details><summary>" + suppressed.size() + " suppressed" + (added > 0 ? " (" + added
                    + (added == 1 ? " finding" : " findings") + " suppressed by comments or annotations this change "
                    + "adds)" : "") + "</summary>\n\n");
            for (Finding f : suppressed) {
                out.write("- " + f.ruleId() + " at " + code(context.uriPrefix() + f.location().path() + ":"
                        + f.location().line()) + " — " + escape(f.suppressed()) + "\n");
            }
            out.write("\n</details>\n\n");
        }
        if (!result.problems().isEmpty()) {
            out.write("#### Files skipped (could not be parsed)\n\n");
            for (ParseProblem p : result.problems()) {
                out.write("- " + code(context.uriPrefix() + p.path() + ":" + p.line()) + " (" + p.side() + "): " + escape(p.message())
                        + "\n");
            }
            out.write("\n");
        }
    }

    /** Calls per request estimated from the declared workload, largest first: what a reviewer weighs first. */
    private static void estimates(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        List<Finding> estimated = result.findings().stream().filter(f -> f.suppressed() == null)
                .filter(f -> dev.opsdiff.engine.WorkloadEstimates.p95(f).isPresent())
                .sorted(java.util.Comparator.comparing((Finding f) -> -dev.opsdiff.engine.WorkloadEstimates.p95(f)
                        .orElse(0L)).thenComparing(Finding.ORDER)).toList();
        if (estimated.isEmpty()) {
            return;
        }
        out.write("| calls per request (p50 / p95) | before (p95) | rule | where |\n| --- | --- | --- | --- |\n");
        for (Finding f : estimated) {
            Map<?, ?> e = (Map<?, ?>) f.properties().get("estimate");
            Object before = e.get("beforeP95");
            out.write("| ≈" + e.get("p50") + " / ≈" + e.get("p95") + " " + e.get("unit") + " | "
                    + (before == null ? "not estimated" : before) + " | `" + f.ruleId() + "` | "
                    + code(context.uriPrefix() + f.location().path() + ":" + f.location().line()) + " |\n");
        }
        out.write("\n");
    }

    private static void finding(Finding f, ReportContext context, Writer out) throws IOException {
        out.write("**" + f.level().id() + "** · `" + f.ruleId() + "` · "
                + code(context.uriPrefix() + f.location().path() + ":" + f.location().line()) + "\n\n");
        out.write(escapeOutsideCode(f.message()) + "\n\n");
        if (!f.codeFlow().isEmpty()) {
            // A long path would push the next finding off the screen of a PR comment: fold it, keep short ones open.
            boolean fold = f.codeFlow().size() > OPEN_CALL_PATH_STEPS;
            if (fold) {
                out.write("<details><summary>Call path (" + f.codeFlow().size() + " steps)</summary>\n\n");
            }
            int i = 1;
            for (FlowStep step : f.codeFlow()) {
                out.write(i++ + ". " + escapeOutsideCode(step.message()) + " (" + code(context.uriPrefix()
                        + step.location().path() + ":" + step.location().line()) + ")\n");
            }
            out.write(fold ? "\n</details>\n\n" : "\n");
        }
        Object before = f.properties().get("before");
        if (before instanceof Map<?, ?> b && b.get("snippet") != null) {
            out.write("Before (" + code(b.get("file") + ":" + b.get("line")) + "):\n\n```java\n" + b.get("snippet")
                    + "\n```\n\n");
        }
    }

    /** A code span that survives backticks inside: the fence is longer than any run of backticks in it. */
    private static String code(String s) {
        String fence = "`";
        while (s.contains(fence)) {
            fence += "`";
        }
        boolean pad = s.startsWith("`") || s.endsWith("`");
        return fence + (pad ? " " + s + " " : s) + fence;
    }

    /** Text outside code spans: keep Markdown, HTML and @-mentions from being interpreted. */
    static String escape(String s) {
        return s.replaceAll("([\\\\*_\\[\\]<>|#@])", "\\\\$1");
    }

    /** Escapes the parts of a message that are not already in backticks. */
    static String escapeOutsideCode(String s) {
        String[] parts = s.split("`", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append(i % 2 == 0 ? escape(parts[i]) : "`" + parts[i] + "`");
        }
        return sb.toString();
    }
}
