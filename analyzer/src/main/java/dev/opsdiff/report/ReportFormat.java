package dev.opsdiff.report;

import dev.opsdiff.source.InputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The output formats of {@code --format}. */
public enum ReportFormat {
    TEXT(TextReport::new, "opsdiff.txt"),
    SARIF(SarifReport::new, "opsdiff.sarif"),
    MARKDOWN(MarkdownReport::new, "opsdiff.md"),
    GITHUB(GithubAnnotationsReport::new, "opsdiff-annotations.txt"),
    /** GitLab Code Quality JSON, under the name GitLab's own templates use. */
    CODEQUALITY(CodeQualityReport::new, "gl-code-quality-report.json");

    private final Supplier<ReportWriter> factory;
    private final String fileName;

    ReportFormat(Supplier<ReportWriter> factory, String fileName) {
        this.factory = factory;
        this.fileName = fileName;
    }

    /**
     * The format with this id ({@code sarif}, {@code markdown}, ...), for command lines and build-tool
     * configuration.
     *
     * @throws InputException naming the known ids
     */
    public static ReportFormat byId(String id) {
        for (ReportFormat f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new InputException("unknown report format '" + id + "' (expected "
                + String.join(", ", Arrays.stream(values()).map(ReportFormat::id).toList()) + ")");
    }

    /** A conventional file name for this report, for tools that write several into one directory. */
    public String fileName() {
        return fileName;
    }

    public ReportWriter writer() {
        return factory.get();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
