package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;

import java.io.IOException;
import java.io.Writer;

/** Placeholder until the report lands; throws so nothing silently prints nothing. */
public final class GithubAnnotationsReport implements ReportWriter {
    @Override
    public void write(AnalysisResult result, ReportContext context, Writer out) throws IOException {
        throw new UnsupportedOperationException("GithubAnnotationsReport is not written yet");
    }
}
