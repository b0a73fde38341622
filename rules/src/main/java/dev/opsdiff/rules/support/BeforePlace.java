package dev.opsdiff.rules.support;

import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Location;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.RelatedLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where BEFORE had what the change lost (a gate, a delay, a switch), for findings on one AFTER method with one flow
 * step: it becomes {@code properties.before} (file, line, method, snippet: every rule records it, and the engine's
 * change-on-path check reads it) and the finding's related location.
 *
 * @param location where BEFORE wrote it
 * @param method   the BEFORE method holding it, for people
 * @param snippet  what BEFORE wrote
 * @param related  the related location's text
 */
public record BeforePlace(Location location, String method, String snippet, String related) {
    /** The related location says "before: `snippet`". */
    public BeforePlace(Location location, String method, String snippet) {
        this(location, method, snippet, "before: `" + snippet + "`");
    }

    /**
     * A finding on the pair's AFTER method at {@code at}, with {@code step} as its flow; {@code properties} (a sorted
     * map the caller filled with the rule's own keys) gains {@code matchedBy} and {@code before}.
     */
    public Finding finding(String ruleId, MethodPair pair, String message, Location at, String step,
                           Map<String, Object> properties, String fingerprintKind) {
        properties.put("matchedBy", pair.evidence().name());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("file", location.path());
        before.put("line", location.line());
        before.put("method", method);
        before.put("snippet", snippet);
        properties.put("before", before);
        return new Finding(ruleId, null, message, at, pair.after().id(), List.of(new RelatedLocation(location, related)),
                List.of(new FlowStep(at, step)), properties,
                ruleId + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|" + fingerprintKind, null);
    }
}
