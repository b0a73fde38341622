package dev.opsdiff.model;

import java.util.Map;

/**
 * An annotation as written: its name (simple or qualified) and its attribute values as source text
 * ({@code value} for a single-member annotation; string literals without quotes), and the same attributes as
 * compact expressions in {@code values}, for folding.
 */
public record Annotation(String name, Map<String, String> attributes, Map<String, Expr> values) {
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
