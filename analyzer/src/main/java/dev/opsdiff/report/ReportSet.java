package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.source.InputException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every report a run asked for, written from one analysis result (Semgrep's {@code --sarif-output},
 * {@code --text-output}, ... next to the report on standard output). The reports share the result objects, so they
 * cannot disagree about what was found; the command line and the Maven plugin both write through here.
 */
public final class ReportSet {
    private final List<ReportTarget> targets;

    /**
     * @throws InputException when two reports name the same file (the second would silently overwrite the first)
     *                        or more than one wants the stream
     */
    public ReportSet(List<ReportTarget> targets) {
        Map<Path, ReportTarget> byFile = new HashMap<>();
        int streams = 0;
        for (ReportTarget t : targets) {
            if (t.file() == null) {
                streams++;
                continue;
            }
            ReportTarget other = byFile.put(t.file().toAbsolutePath().normalize(), t);
            if (other != null) {
                throw new InputException("two reports would be written to " + t.file() + " (" + other.format().id()
                        + " and " + t.format().id() + "); give each report its own file");
            }
        }
        if (streams > 1) {
            throw new InputException("only one report can go to standard output");
        }
        this.targets = List.copyOf(targets);
    }

    public List<ReportTarget> targets() {
        return targets;
    }

    /**
     * Writes every report. Files are written in the order given; the stream report is rendered in memory first so
     * that a failing writer leaves no half report on it.
     *
     * @param stream where the report without a file goes
     * @throws InputException when a file cannot be written (names the file and the reason)
     */
    public void writeAll(AnalysisResult result, ReportContext context, Writer stream) {
        List<String> problems = new ArrayList<>();
        for (ReportTarget t : targets) {
            try {
                if (t.file() == null) {
                    StringWriter buffer = new StringWriter();
                    t.writer().write(result, context, buffer);
                    stream.write(buffer.toString());
                    stream.flush();
                } else {
                    writeFile(t, result, context);
                }
            } catch (IOException e) {
                // Keep going: one unwritable path should not cost the user the other reports.
                problems.add("cannot write " + t.format().id() + " report to " + t.file() + ": " + reason(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(String.join("; ", problems));
        }
    }

    private static void writeFile(ReportTarget t, AnalysisResult result, ReportContext context) throws IOException {
        Path parent = t.file().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(t.file()), StandardCharsets.UTF_8)) {
            t.writer().write(result, context, w);
        }
    }

    /** NIO exceptions carry only the path as their message; say what went wrong instead. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
