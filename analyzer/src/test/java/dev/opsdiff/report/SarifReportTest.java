package dev.opsdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.opsdiff.engine.AnalysisResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String sarif(AnalysisResult r) throws IOException {
        StringWriter w = new StringWriter();
        new SarifReport().write(r, ReportContext.of("1.2.3", "a → b"), w);
        return w.toString();
    }

    @Test
    void validatesAgainstTheSchemaShippedInJavaSarif() throws IOException {
        JsonSchema schema;
        try (InputStream in = SarifReport.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif(ReportFixtures.result(
                ReportFixtures.SERVICE))));
        assertEquals(Set.of(), errors);
    }

    @Test
    void carriesTheShapeConventionsFixes() throws IOException {
        JsonNode run = JSON.readTree(sarif(ReportFixtures.result(ReportFixtures.SERVICE))).get("runs").get(0);
        assertEquals("opsdiff", run.at("/tool/driver/name").asText());
        assertEquals("1.2.3", run.at("/tool/driver/version").asText());
        assertEquals("cache-cardinality", run.at("/tool/driver/rules/0/id").asText());
        assertEquals("A cache access moved into a loop.", run.at("/tool/driver/rules/0/fullDescription/text").asText());
        assertTrue(run.at("/tool/driver/rules/0/help/markdown").asText().contains("## How to fix"));
        assertEquals("error", run.at("/tool/driver/rules/0/defaultConfiguration/level").asText());
        assertEquals("high", run.at("/tool/driver/rules/0/properties/precision").asText());
        assertEquals("error", run.at("/tool/driver/rules/0/properties/problem.severity").asText());
        assertTrue(run.at("/tool/driver/rules/0/properties/security-severity").isMissingNode());
        assertEquals("opsdiff/", run.at("/automationDetails/id").asText());

        JsonNode first = run.at("/results/0");
        assertEquals("inSource", first.at("/suppressions/0/kind").asText(), "suppressed comes first by line");
        JsonNode r = run.at("/results/1");
        assertEquals("cache-cardinality", r.get("ruleId").asText());
        assertEquals(0, r.get("ruleIndex").asInt());
        assertEquals("error", r.get("level").asText());
        assertEquals("shop/PricingService.java", r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals(5, r.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(53, r.at("/locations/0/physicalLocation/region/endColumn").asInt(), "SARIF end column is exclusive");
        assertTrue(r.at("/locations/0/physicalLocation/region/snippet/text").asText().contains("lineTotal(cart, item)"));
        assertEquals(2, r.at("/codeFlows/0/threadFlows/0/locations").size());
        assertEquals("PricingService.price calls `lineTotal(...)`",
                r.at("/codeFlows/0/threadFlows/0/locations/0/location/message/text").asText());
        assertEquals(2, r.get("relatedLocations").size());
        assertEquals("O(n)", r.at("/properties/cardinalityAfter").asText());
        assertEquals("redis.opsForValue().get(key)", r.at("/properties/before/snippet").asText());
        assertFalse(r.at("/partialFingerprints/primaryLocationLineHash").asText().isEmpty());
        assertEquals(32, r.at("/partialFingerprints/opsdiff~1v1").asText().length());
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertEquals("warning", run.at("/invocations/0/toolExecutionNotifications/0/level").asText());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()
                .startsWith("Could not parse shop/Broken.java (after)"));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        assertEquals(sarif(ReportFixtures.result(ReportFixtures.SERVICE)),
                sarif(ReportFixtures.result(ReportFixtures.SERVICE)));
    }

    @Test
    void stableFingerprintSurvivesMovedLinesWhileTheLineHashFollowsTheText() throws IOException {
        String moved = ReportFixtures.SERVICE.replace("class PricingService {",
                "class PricingService {\n    // a comment\n    private final Clock clock = Clock.systemUTC();\n");
        JsonNode a = JSON.readTree(sarif(ReportFixtures.result(ReportFixtures.SERVICE))).at("/runs/0/results/1");
        JsonNode b = JSON.readTree(sarif(ReportFixtures.result(moved))).at("/runs/0/results/1");
        assertNotEquals(a.at("/locations/0/physicalLocation/region/startLine").asInt(),
                b.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(a.at("/partialFingerprints/opsdiff~1v1").asText(), b.at("/partialFingerprints/opsdiff~1v1").asText());
        String hashOfLine = GithubLineHash.of(moved).get(b.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(hashOfLine, b.at("/partialFingerprints/primaryLocationLineHash").asText());
    }
}
