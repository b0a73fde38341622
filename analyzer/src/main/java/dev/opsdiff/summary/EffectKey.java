package dev.opsdiff.summary;

import dev.opsdiff.catalog.EffectKind;

/** What an effect touches, for comparing BEFORE and AFTER: the kind and the resource (client type, repository, cache). */
public record EffectKey(EffectKind kind, String resource) implements Comparable<EffectKey> {
    @Override
    public int compareTo(EffectKey o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : resource.compareTo(o.resource);
    }

    @Override
    public String toString() {
        return kind.id() + ":" + resource;
    }
}
