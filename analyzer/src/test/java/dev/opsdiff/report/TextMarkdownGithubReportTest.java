package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMarkdownGithubReportTest {
    private static String render(ReportWriter w) throws IOException {
        AnalysisResult r = ReportFixtures.result(ReportFixtures.SERVICE);
        StringWriter out = new StringWriter();
        w.write(r, ReportContext.of("1.0", "origin/main...HEAD (merge base 1a2b3c4)"), out);
        return out.toString();
    }

    @Test
    void textIsCompilerStyleWithTheCallPathAndLeavesOutSuppressed() throws IOException {
        String text = render(new TextReport());
        assertTrue(text.startsWith("shop/PricingService.java:5:31: error [cache-cardinality] `redis.opsForValue()"),
                text);
        assertTrue(text.contains("\n    at PricingService.price calls `lineTotal(...)` (shop/PricingService.java:5)\n"));
        assertFalse(text.contains("Another, suppressed"));
        assertTrue(text.endsWith("opsdiff: 1 finding in 1 file: 1 error (cache-cardinality 1); 1 suppressed; 1 file could "
                + "not be parsed and was skipped\n"),
                text);
    }

    @Test
    void markdownHasHeadingRangeFlowBeforeSnippetAndCollapsedSuppressions() throws IOException {
        String md = render(new MarkdownReport());
        assertTrue(md.startsWith("### opsdiff: 1 risky change\n"), md);
        assertTrue(md.contains("Compared `origin/main...HEAD (merge base 1a2b3c4)`."), md);
        assertTrue(md.contains("1. PricingService.price calls `lineTotal(...)` (`shop/PricingService.java:5`)"), md);
        assertTrue(md.contains("```java\nredis.opsForValue().get(key)\n```"), md);
        assertTrue(md.contains("<details><summary>1 suppressed</summary>"), md);
        assertTrue(md.contains("#### Files skipped"), md);
    }

    @Test
    void githubAnnotationsEscapeDataAndProperties() throws IOException {
        String gh = render(new GithubAnnotationsReport());
        String first = gh.lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("::error file=shop/PricingService.java,line=5,endLine=5,col=31,endColumn=53,"
                + "title=opsdiff [cache-cardinality]::`redis.opsForValue()"), first);
        assertTrue(first.contains("%0A  at PricingService.price"), "call path on following lines: " + first);
        assertEquals(2, gh.lines().count(), "the suppressed finding is not annotated; the parse problem is");
        assertEquals("a%25b%0Ac", GithubAnnotationsReport.data("a%b\nc"));
        assertEquals("x%3Ay%2Cz", GithubAnnotationsReport.property("x:y,z"));
    }
}
