package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;

import java.io.IOException;
import java.io.Writer;

/** Renders an analysis result in one output format. Output must be deterministic: same result, same bytes. */
public interface ReportWriter {
    void write(AnalysisResult result, ReportContext context, Writer out) throws IOException;
}
