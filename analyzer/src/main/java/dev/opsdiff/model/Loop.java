package dev.opsdiff.model;

/**
 * A loop inside a method.
 *
 * @param index      position in the method's loop list
 * @param parent     index of the enclosing loop in the same method, or -1
 * @param kind       syntactic shape
 * @param iterates   what it iterates over, as written (e.g. {@code cart.getItems()}), or a description for while loops
 * @param constantBound number of iterations when it is a compile-time constant, else {@code null}
 * @param location   the loop header
 * @param retryShape what makes it look like a hand-written retry: it catches an exception and goes round again,
 *                   sleeps between rounds, or counts attempts (names with retry/attempt); empty for plain loops
 */
public record Loop(int index, int parent, LoopKind kind, String iterates, Integer constantBound, Location location,
                   java.util.Set<String> retryShape) implements java.io.Serializable {
}
