package dev.opsdiff.model;

import java.util.Map;

/**
 * An annotation as written: its name (simple or qualified) and its attribute values as source text
 * ({@code value} for a single-member annotation; string literals without quotes), and the same attributes as
 * compact expressions in {@code values}, for folding; {@code location} is where it is written (may be null).
 */
public record Annotation(String name, Map<String, String> attributes, Map<String, Expr> values, Location location) implements java.io.Serializable {
    /**
     * An annotation without a source position. The position was added for rules that report on the annotation itself
     * (a retry budget or a transaction timeout changed in {@code @Retryable}/{@code @Transactional}).
     */
    public Annotation(String name, Map<String, String> attributes, Map<String, Expr> values) {
        this(name, attributes, values, null);
    }

    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
