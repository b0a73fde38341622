package dev.opsdiff.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report ({@code artifacts: reports: codequality}), a subset of the Code Climate format:
 * merge requests show the findings in their Code Quality widget and on the changed lines. One entry per unsuppressed
 * finding, fingerprinted with the same stable key as SARIF's {@code opsdiff/v1}, so GitLab can tell new findings
 * from ones the target branch already has.
 */
public final class CodeQualityReport implements ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        List<Map<String, Object>> issues = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.suppressed() == null) {
                issues.add(issue(f, context));
            }
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        out.write(JSON.writer(printer).writeValueAsString(issues));
        out.write("\n");
        out.flush();
    }

    private static Map<String, Object> issue(Finding f, ReportContext context) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("type", "issue");
        issue.put("check_name", f.ruleId());
        issue.put("description", f.message());
        issue.put("content", Map.of("body", callPath(f, context)));
        issue.put("categories", List.of("Performance"));
        issue.put("severity", severity(f.level()));
        issue.put("fingerprint", Fingerprints.stable(f));
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("begin", f.location().line());
        lines.put("end", f.location().endLine());
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("path", context.uriPrefix() + f.location().path());
        location.put("lines", lines);
        issue.put("location", location);
        return issue;
    }

    /** The call path as Markdown, shown when the issue is expanded. */
    private static String callPath(Finding f, ReportContext context) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (FlowStep step : f.codeFlow()) {
            sb.append(i++).append(". ").append(step.message()).append(" (`").append(context.uriPrefix())
                    .append(step.location().path()).append(':').append(step.location().line()).append("`)\n");
        }
        return sb.toString();
    }

    /** Code Climate severities: info, minor, major, critical, blocker. */
    static String severity(Level level) {
        return switch (level) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case NOTE -> "minor";
            case NONE -> "info";
        };
    }
}
