package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Text for people at a terminal. Each finding keeps the compiler-style first line
 * {@code path:line:col: level [rule] message} (terminals, IDEs and problem matchers make it a link), with the call
 * path indented under it, one hop a line. Findings are grouped by file, a blank line between files; suppressed
 * findings are left out. A closing line counts findings per level and per rule, what was suppressed and what could
 * not be parsed (the command line names those files on standard error).
 */
public final class TextReport implements ReportWriter {
    private final TextStyle style;

    public TextReport() {
        this(TextStyle.PLAIN);
    }

    public TextReport(TextStyle style) {
        this.style = style;
    }

    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        FindingCounts counts = new FindingCounts(result);
        boolean first = true;
        for (Map.Entry<String, List<Finding>> file : counts.byFile.entrySet()) {
            if (!first) {
                out.write("\n");
            }
            first = false;
            for (Finding f : file.getValue()) {
                finding(f, context, out);
            }
        }
        if (!counts.byFile.isEmpty()) {
            out.write("\n");
        }
        for (String notice : context.notices()) {
            out.write("opsdiff: notice: " + notice + "\n");
        }
        out.write(summary(result, counts) + "\n");
    }

    private void finding(Finding f, ReportContext context, Writer out) throws IOException {
        String where = context.uriPrefix() + f.location().path() + ":" + f.location().line() + ":"
                + f.location().column() + ":";
        out.write(style.path(where) + " " + style.level(f.level(), f.level().id()) + " "
                + style.dim("[" + f.ruleId() + "]") + " " + f.message() + "\n");
        for (FlowStep step : f.codeFlow()) {
            out.write("    at " + step.message() + " " + style.dim("(" + context.uriPrefix() + step.location().path()
                    + ":" + step.location().line() + ")") + "\n");
        }
    }

    private String summary(AnalysisResult result, FindingCounts counts) {
        StringBuilder sb = new StringBuilder("opsdiff: ");
        if (counts.shown == 0) {
            sb.append("no risky changes found");
        } else {
            sb.append(FindingCounts.plural(counts.shown, "finding")).append(" in ")
                    .append(FindingCounts.plural(counts.byFile.size(), "file")).append(": ")
                    .append(counts.levels(style::level)).append(" (").append(counts.rules(s -> s)).append(")");
        }
        if (counts.suppressed > 0) {
            sb.append("; ").append(counts.suppressed).append(" suppressed");
            if (counts.suppressedByChange > 0) {
                sb.append(", ").append(counts.suppressedByChange).append(" of them by suppressions this change adds");
            }
        }
        int problems = result.problems().size();
        if (problems > 0) {
            sb.append("; ").append(FindingCounts.plural(problems, "file")).append(problems == 1
                    ? " could not be parsed and was skipped" : " could not be parsed and were skipped");
        }
        int tests = result.stats() == null ? 0 : result.stats().skippedTestFiles();
        if (tests > 0) {
            sb.append("; ").append(tests).append(" changed test ").append(tests == 1 ? "file" : "files")
                    .append(" not analyzed (includeTests: true in .opsdiff.yml analyzes them)");
        }
        return sb.toString();
    }
}
