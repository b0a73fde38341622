package dev.opsdiff.model;

/**
 * A guard that dominates a call site.
 *
 * @param guard      index in the method's guard list
 * @param whenTrue   for {@link Guard.Kind#WRAPS}: whether the call runs when the condition is true (then-branch);
 *                   for early exits: false (the call runs when the exit condition is false)
 */
public record GuardRef(int guard, boolean whenTrue) implements java.io.Serializable {
}
