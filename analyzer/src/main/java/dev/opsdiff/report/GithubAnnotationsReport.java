package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), one per unsuppressed finding, so a
 * plain workflow step annotates the pull request without a SARIF upload.
 */
public final class GithubAnnotationsReport implements ReportWriter {
    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            if (f.suppressed() != null) {
                continue;
            }
            String command = switch (f.level()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                default -> "notice";
            };
            StringBuilder message = new StringBuilder(f.message());
            for (FlowStep step : f.codeFlow()) {
                message.append("\n  at ").append(step.message()).append(" (").append(context.uriPrefix())
                        .append(step.location().path()).append(':').append(step.location().line()).append(')');
            }
            // The Actions toolkit takes columns only for single-line annotations.
            String columns = f.location().line() == f.location().endLine()
                    ? ",col=" + f.location().column() + ",endColumn=" + (f.location().endColumn() + 1) : "";
            out.write("::" + command + " file=" + property(context.uriPrefix() + f.location().path())
                    + ",line=" + f.location().line() + ",endLine=" + f.location().endLine() + columns
                    + ",title=" + property("opsdiff [" + f.ruleId() + "]") + "::" + data(message.toString()) + "\n");
        }
        for (String notice : context.notices()) {
            out.write("::warning title=" + property("opsdiff configuration") + "::" + data(notice) + "\n");
        }
        for (ParseProblem p : result.problems()) {
            out.write("::warning file=" + property(context.uriPrefix() + p.path()) + ",line=" + p.line()
                    + ",title=" + property("opsdiff could not parse this file") + "::"
                    + data(p.side() + " version skipped: " + p.message()) + "\n");
        }
    }

    /** Escaping of a command's message, as the Actions toolkit does it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command property value (also ':' and ','). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
