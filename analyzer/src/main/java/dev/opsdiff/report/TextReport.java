package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;

import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style text: {@code path:line:col: level [rule] message}, then the call path indented, one hop a line.
 * Suppressed findings are left out; a closing line counts what was found and what could not be parsed (the
 * command line names those files on standard error).
 */
public final class TextReport implements ReportWriter {
    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        int shown = 0;
        int suppressed = 0;
        for (Finding f : result.findings()) {
            if (f.suppressed() != null) {
                suppressed++;
                continue;
            }
            shown++;
            out.write(context.uriPrefix() + f.location().path() + ":" + f.location().line() + ":"
                    + f.location().column() + ": " + f.level().id() + " [" + f.ruleId() + "] " + f.message() + "\n");
            for (FlowStep step : f.codeFlow()) {
                out.write("    at " + step.message() + " (" + context.uriPrefix() + step.location().path() + ":"
                        + step.location().line() + ")\n");
            }
        }
        for (String notice : context.notices()) {
            out.write("opsdiff: notice: " + notice + "\n");
        }
        out.write(shown == 0 ? "opsdiff: no risky changes found" : "opsdiff: " + shown
                + (shown == 1 ? " finding" : " findings"));
        long added = result.findings().stream().filter(f -> f.suppressed() != null && f.suppressionAddedByChange())
                .count();
        if (suppressed > 0) {
            out.write(" (" + suppressed + " suppressed" + (added > 0 ? ", " + added + " of them by suppressions this "
                    + "change adds" : "") + ")");
        }
        if (!result.problems().isEmpty()) {
            out.write("; " + result.problems().size() + " file(s) could not be parsed and were skipped");
        }
        int tests = result.stats() == null ? 0 : result.stats().skippedTestFiles();
        if (tests > 0) {
            out.write("; " + tests + " changed test " + (tests == 1 ? "file" : "files") + " not analyzed "
                    + "(includeTests: true in .opsdiff.yml analyzes them)");
        }
        out.write("\n");
    }
}
