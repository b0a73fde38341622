package dev.opsdiff.summary;

import dev.opsdiff.model.Location;

/**
 * One loop on a call path.
 *
 * @param iterates      what it iterates, as written ({@code cart.getItems()}), or the retry it stands for
 * @param constantBound iteration count when constant, else null
 * @param at            the loop header
 */
public record Factor(String iterates, Integer constantBound, Location at) {
    /** Loops up to this bound are a fixed fan-out a reviewer sees (a few regions, 3 attempts), not data-dependent. */
    public static final int SMALL_CONSTANT_BOUND = 10;

    /** Whether this loop makes the work grow with the data. */
    public boolean dataDependent() {
        return constantBound == null || constantBound > SMALL_CONSTANT_BOUND;
    }

    public String describe() {
        if (!dataDependent()) {
            return constantBound + " times";
        }
        if (iterates.startsWith("while (") || iterates.startsWith("do ")) {
            return "once per iteration of `" + iterates + "`";
        }
        return "once per element of `" + iterates + "`";
    }
}
