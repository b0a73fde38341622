package dev.opsdiff.model;

/**
 * What a call is invoked on, as far as the front end can tell (without a classpath, or with one: the precise front
 * end).
 *
 * @param kind        how the receiver is written
 * @param typeName    the declared type as written in the source (erased, may be simple or qualified), when known;
 *                    the precise front end also sets it where the source writes none ({@code var}, lambda
 *                    parameters, {@link Kind#CALL_RESULT}), qualified
 * @param chainedCall for {@link Kind#CALL_RESULT}: index of the call (in the same method) whose result is the receiver
 * @param text        the receiver expression as written, for messages
 */
public record Receiver(Kind kind, String typeName, int chainedCall, String text) implements java.io.Serializable {
    public enum Kind {
        /** No explicit receiver or {@code this}: a method of the enclosing type. */
        THIS,
        /** {@code super.m()}. */
        SUPER,
        /** A field, parameter or local variable with a declared type. */
        VARIABLE,
        /** A type name: a static call or constructor reference. */
        TYPE,
        /** The result of another call, e.g. {@code opsForValue()} in {@code t.opsForValue().get(k)}. */
        CALL_RESULT,
        /** {@code new T(...)}. */
        NEW,
        /** Anything else (array element, cast, conditional, unknown name). */
        UNKNOWN
    }

    /** The receiver as a variable name: {@code cache} for both {@code cache} and {@code this.cache}; null if none. */
    public String variableName() {
        return text != null && text.startsWith("this.") ? text.substring(5) : text;
    }

    public static Receiver self() {
        return new Receiver(Kind.THIS, null, -1, "this");
    }

    public static Receiver unknown(String text) {
        return new Receiver(Kind.UNKNOWN, null, -1, text);
    }
}
