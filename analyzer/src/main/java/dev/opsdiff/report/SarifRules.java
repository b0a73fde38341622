package dev.opsdiff.report;

import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.rule.RuleDescriptor;

import java.util.LinkedHashSet;

/** SARIF {@code rules[]} entries from rule descriptors and their Markdown docs. */
final class SarifRules {
    private SarifRules() {
    }

    static ReportingDescriptor descriptor(AnalysisResult.ActiveRule rule) {
        RuleDescriptor d = rule.descriptor();
        String doc = rule.documentation();
        String full = firstParagraph(doc, "## What changed");
        return new ReportingDescriptor().withId(d.id()).withName(d.name())
                .withShortDescription(SarifReport.multiformat(d.summary(), null))
                .withFullDescription(SarifReport.multiformat(full == null ? d.summary() : full, null))
                .withHelp(SarifReport.multiformat(plain(doc), doc))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(SarifReport.configLevel(rule.level())))
                .withProperties(new PropertyBag().withTags(new LinkedHashSet<>(d.tags()))
                        .withAdditionalProperty("precision", d.precision())
                        .withAdditionalProperty("problem.severity", d.severity()));
    }

    /** The paragraph after a heading, joined into one line; null when the heading is absent. */
    static String firstParagraph(String markdown, String heading) {
        int at = markdown.indexOf(heading + "\n");
        if (at < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : markdown.substring(at + heading.length() + 1).split("\n")) {
            if (line.isBlank()) {
                if (sb.isEmpty()) {
                    continue;
                }
                break;
            }
            if (line.startsWith("#")) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(line.strip());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Markdown without its most distracting markup, for viewers that only show text. */
    private static String plain(String markdown) {
        return markdown.replaceAll("(?m)^#+\\s*", "").replace("`", "");
    }
}
