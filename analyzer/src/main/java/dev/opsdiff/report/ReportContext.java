package dev.opsdiff.report;

/**
 * What a report needs beyond the findings.
 *
 * @param toolVersion       opsdiff version
 * @param automationId      SARIF {@code automationDetails.id} (default {@code opsdiff/})
 * @param range             the comparison judged, e.g. {@code src-before → src-after} or
 *                          {@code origin/main...HEAD (merge base 1a2b3c4)}
 * @param uriPrefix         prefix for SARIF URIs relative to {@code %SRCROOT%} (e.g. the module path in a repo), or ""
 */
public record ReportContext(String toolVersion, String automationId, String range, String uriPrefix) {
    public static ReportContext of(String version, String range) {
        return new ReportContext(version, "opsdiff/", range, "");
    }
}
