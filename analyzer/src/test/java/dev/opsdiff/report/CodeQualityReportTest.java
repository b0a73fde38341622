package dev.opsdiff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdiff.engine.AnalysisResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GitLab Code Quality: the fields GitLab requires, the stable fingerprint, suppressed findings left out. */
class CodeQualityReportTest {
    @Test
    void oneIssuePerUnsuppressedFindingWithWhatGitLabRequires() throws IOException {
        AnalysisResult result = ReportFixtures.result(ReportFixtures.SERVICE);
        StringWriter out = new StringWriter();
        new CodeQualityReport().write(result, new ReportContext("1.0", "opsdiff/", "r", "module/"), out);
        JsonNode issues = new ObjectMapper().readTree(out.toString());
        assertEquals(1, issues.size(), "the suppressed finding is left out: " + out);
        JsonNode issue = issues.get(0);
        assertEquals("cache-cardinality", issue.get("check_name").asText());
        assertTrue(issue.get("description").asText().startsWith("`redis.opsForValue().get(...)` (cache read)"));
        assertEquals("critical", issue.get("severity").asText());
        assertEquals("module/shop/PricingService.java", issue.at("/location/path").asText());
        int line = ReportFixtures.lineOf(ReportFixtures.SERVICE, "lineTotal(cart, item)");
        assertEquals(line, issue.at("/location/lines/begin").asInt());
        var risky = result.findings().stream().filter(f -> f.suppressed() == null).findFirst().orElseThrow();
        assertEquals(Fingerprints.stable(risky), issue.get("fingerprint").asText(), "the SARIF opsdiff/v1 value");
        assertTrue(issue.at("/content/body").asText().startsWith("1. PricingService.price calls `lineTotal(...)`"));
        StringWriter again = new StringWriter();
        new CodeQualityReport().write(result, new ReportContext("1.0", "opsdiff/", "r", "module/"), again);
        assertEquals(out.toString(), again.toString(), "deterministic");
    }
}
