package dev.opsdiff.timeout;

import dev.opsdiff.model.Location;

/**
 * How one timeout changed between BEFORE and AFTER.
 *
 * @param kind     what happened
 * @param before   the BEFORE site (null never: an added timeout is not a risk)
 * @param after    the AFTER site, null when removed
 * @param at       where to report: the AFTER expression, the constant/property line that changed, or for a removed
 *                 timeout the builder/call that no longer sets it
 * @param other    for {@link Kind#EXCEEDS_DEADLINE}: the enclosing deadline the timeout now exceeds, or, when the
 *                 deadline itself was cut, the inner timeout that is now longer than it
 */
public record TimeoutChange(Kind kind, TimeoutSite before, TimeoutSite after, Location at, TimeoutSite other) {
    public enum Kind {
        /** Gone, so the library default applies. */
        REMOVED("removed", true),
        /** Set to 0 or a negative value that means "wait forever". */
        DISABLED("disabled", true),
        /** Set to 0 where 0 means "do not wait" ({@code future.get(0, ..)}): the call now gives up at once. */
        NO_WAIT("no-wait", true),
        /** Same number, other unit ({@code ofMillis(500)} → {@code ofSeconds(500)}). */
        UNIT_CHANGED("unit-changed", true),
        /** Now longer than a deadline that encloses it (transaction, time limiter). */
        EXCEEDS_DEADLINE("exceeds-deadline", true),
        RAISED("raised", false),
        LOWERED("lowered", false);

        private final String id;
        private final boolean severe;

        Kind(String id, boolean severe) {
            this.id = id;
            this.severe = severe;
        }

        public String id() {
            return id;
        }

        /** Removed, disabled, unit changes and exceeded deadlines are errors; plain raises and cuts are warnings. */
        public boolean severe() {
            return severe;
        }
    }
}
