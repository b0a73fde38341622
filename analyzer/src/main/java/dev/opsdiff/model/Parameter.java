package dev.opsdiff.model;

import java.util.List;

/**
 * A method parameter: name, declared type as written (erased) and its annotations (e.g.
 * {@code @RequestHeader("Idempotency-Key")}, which the guard analysis reads).
 */
public record Parameter(String name, String typeName, List<Annotation> annotations) implements java.io.Serializable {
    /** A parameter without annotations (kept so callers that do not care need not pass them). */
    public Parameter(String name, String typeName) {
        this(name, typeName, List.of());
    }
}
