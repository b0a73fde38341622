package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: findings with call paths and BEFORE code. */
public final class MarkdownReport implements ReportWriter {
    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        List<Finding> shown = result.findings().stream().filter(f -> f.suppressed() == null).toList();
        List<Finding> suppressed = result.findings().stream().filter(f -> f.suppressed() != null).toList();
        out.write(shown.isEmpty() ? "### opsdiff: no risky changes\n\n"
                : "### opsdiff: " + shown.size() + " risky change" + (shown.size() == 1 ? "" : "s") + "\n\n");
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
        for (Finding f : shown) {
            finding(f, context, out);
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

    private static void finding(Finding f, ReportContext context, Writer out) throws IOException {
        out.write("**" + f.level().id() + "** · `" + f.ruleId() + "` · "
                + code(context.uriPrefix() + f.location().path() + ":" + f.location().line()) + "\n\n");
        out.write(escapeOutsideCode(f.message()) + "\n\n");
        if (!f.codeFlow().isEmpty()) {
            int i = 1;
            for (FlowStep step : f.codeFlow()) {
                out.write(i++ + ". " + escapeOutsideCode(step.message()) + " (" + code(context.uriPrefix() + step.location().path()
                        + ":" + step.location().line()) + ")\n");
            }
            out.write("\n");
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
