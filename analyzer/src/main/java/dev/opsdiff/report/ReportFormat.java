package dev.opsdiff.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The output formats of {@code --format}. */
public enum ReportFormat {
    TEXT(TextReport::new),
    SARIF(SarifReport::new),
    MARKDOWN(MarkdownReport::new),
    GITHUB(GithubAnnotationsReport::new),
    /** GitLab Code Quality JSON. */
    CODEQUALITY(CodeQualityReport::new);

    private final Supplier<ReportWriter> factory;

    ReportFormat(Supplier<ReportWriter> factory) {
        this.factory = factory;
    }

    public ReportWriter writer() {
        return factory.get();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
