package dev.opsdiff.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One report to write from an analysis: a format and where it goes.
 *
 * @param format the format
 * @param file   the file to write, or null for the caller's stream (standard output)
 * @param color  whether the report may use terminal colours (only the text format has any, and only on a terminal)
 */
public record ReportTarget(ReportFormat format, Path file, boolean color) {
    public ReportTarget {
        Objects.requireNonNull(format, "format");
    }

    /** A report written to a file: never coloured, since files are read by tools and editors. */
    public static ReportTarget file(ReportFormat format, Path file) {
        return new ReportTarget(format, Objects.requireNonNull(file, "file"), false);
    }

    /** The report on the caller's stream. */
    public static ReportTarget stream(ReportFormat format, boolean color) {
        return new ReportTarget(format, null, color);
    }

    ReportWriter writer() {
        return format == ReportFormat.TEXT && color ? new TextReport(TextStyle.ANSI) : format.writer();
    }

    /** For messages and {@code --stats}: "sarif to a.sarif", "github to standard output". */
    public String describe() {
        return format.id() + " to " + (file == null ? "standard output" : file.toString());
    }
}
