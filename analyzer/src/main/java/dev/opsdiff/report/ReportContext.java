package dev.opsdiff.report;

/**
 * What a report needs beyond the findings.
 *
 * @param toolVersion       opsdiff version
 * @param automationId      SARIF {@code automationDetails.id} (default {@code opsdiff/})
 * @param range             the comparison judged, e.g. {@code src-before → src-after} or
 *                          {@code origin/main...HEAD (merge base 1a2b3c4)}
 * @param uriPrefix         prefix for SARIF URIs relative to {@code %SRCROOT%} (e.g. the module path in a repo), or ""
 * @param notices           what a reviewer must know about how the check ran (e.g. the change edits the configuration
 *                          or the baseline): SARIF notifications, and a line in text and Markdown
 */
public record ReportContext(String toolVersion, String automationId, String range, String uriPrefix,
                            java.util.List<String> notices) {
    public ReportContext(String toolVersion, String automationId, String range, String uriPrefix) {
        this(toolVersion, automationId, range, uriPrefix, java.util.List.of());
    }

    public ReportContext withNotices(java.util.List<String> more) {
        java.util.List<String> all = new java.util.ArrayList<>(notices);
        all.addAll(more);
        return new ReportContext(toolVersion, automationId, range, uriPrefix, java.util.List.copyOf(all));
    }

    public static ReportContext of(String version, String range) {
        return new ReportContext(version, "opsdiff/", range, "");
    }
}
