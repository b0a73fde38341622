package dev.opsdiff.rule;

import dev.opsdiff.model.Location;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One reported risk.
 *
 * @param location       primary AFTER location
 * @param ownerMethod    AFTER method id that owns the finding (for suppressions and the stable fingerprint)
 * @param fingerprintKey what identifies the finding when unrelated lines move: rule, class#method, normalized call
 * @param properties     before/after values; {@code before} holds the BEFORE counterpart (file, line, snippet)
 * @param suppressed     set by the engine from {@code @SuppressWarnings("opsdiff:<id>")} or {@code // opsdiff:ignore}
 */
public record Finding(String ruleId, Level level, String message, Location location, String ownerMethod,
                      List<RelatedLocation> related, List<FlowStep> codeFlow, Map<String, Object> properties,
                      String fingerprintKey, String suppressed) {
    /** Property set by the engine when the suppression of a finding was added by the change under check. */
    public static final String SUPPRESSION_ADDED = "suppressionAddedByChange";

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding withLevel(Level newLevel) {
        return new Finding(ruleId, newLevel, message, location, ownerMethod, related, codeFlow, properties,
                fingerprintKey, suppressed);
    }

    /** Whether the change under check added the comment or annotation that suppresses this finding. */
    public boolean suppressionAddedByChange() {
        return Boolean.TRUE.equals(properties.get(SUPPRESSION_ADDED));
    }

    public Finding withSuppression(String justification) {
        return new Finding(ruleId, level, message, location, ownerMethod, related, codeFlow, properties,
                fingerprintKey, justification);
    }
}
