package dev.opsdiff.match;

import dev.opsdiff.model.MethodModel;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The result of matching: method pairs, and lookups from either side. */
public final class Matching {
    private final List<MethodPair> pairs;
    private final Map<String, MethodPair> byAfter;
    private final Map<String, MethodPair> byBefore;
    private final Map<String, String> typeRenames;

    Matching(List<MethodPair> pairs, Map<String, MethodPair> byAfter, Map<String, MethodPair> byBefore,
             Map<String, String> typeRenames) {
        this.pairs = List.copyOf(pairs);
        this.byAfter = byAfter;
        this.byBefore = byBefore;
        this.typeRenames = typeRenames;
    }

    public List<MethodPair> pairs() {
        return pairs;
    }

    public Optional<MethodPair> ofAfter(MethodModel after) {
        return Optional.ofNullable(byAfter.get(after.id()));
    }

    public Optional<MethodPair> ofAfter(String afterId) {
        return Optional.ofNullable(byAfter.get(afterId));
    }

    public Optional<MethodPair> ofBefore(String beforeId) {
        return Optional.ofNullable(byBefore.get(beforeId));
    }

    /** BEFORE simple type name to AFTER simple type name, for types paired under another name or package. */
    public Map<String, String> typeRenames() {
        return Collections.unmodifiableMap(typeRenames);
    }
}
