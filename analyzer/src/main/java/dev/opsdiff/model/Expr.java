package dev.opsdiff.model;

import java.util.List;
import java.util.Map;

/**
 * A compact, syntax-tree-free form of an expression, kept for call arguments, field initializers and annotation
 * values so that values (timeouts, attempt budgets, keys) can be folded after the tree is dropped.
 */
public sealed interface Expr extends java.io.Serializable {
    /** Source text, whitespace folded. */
    String text();

    /** A literal: Integer, Long, Double, Boolean, String, Character, or null for {@code null}. */
    record Literal(Object value, String text) implements Expr {
    }

    /** A simple name: local, parameter, field or constant. */
    record Name(String name, String text) implements Expr {
    }

    /** {@code scope.name} where scope is a type or an object, e.g. {@code TimeUnit.SECONDS}, {@code Limits.MAX}. */
    record FieldRef(Expr scope, String name, String text) implements Expr {
    }

    /** A method call; {@code scope} may be null. {@code callIndex} is the call site index in the method, or -1. */
    record Call(Expr scope, String name, List<Expr> args, int callIndex, String text) implements Expr {
    }

    /** {@code new Type(args)}. */
    record New(String type, List<Expr> args, String text) implements Expr {
    }

    /** A binary operation with its Java operator ({@code +}, {@code *}, {@code ==}, {@code &&} ...). */
    record Binary(String operator, Expr left, Expr right, String text) implements Expr {
    }

    /** A unary operation ({@code !}, {@code -}). */
    record Unary(String operator, Expr operand, String text) implements Expr {
    }

    /** A nested annotation as an annotation value: {@code @Backoff(delay = 100)}. */
    record AnnotationValue(String name, Map<String, Expr> values, String text) implements Expr {
    }

    /** {@code {a, b}} in an annotation, or an array initializer. */
    record ArrayValue(List<Expr> values, String text) implements Expr {
    }

    /** Anything else (lambda, cast, conditional, ...), kept as text only. */
    record Other(String text) implements Expr {
    }
}
