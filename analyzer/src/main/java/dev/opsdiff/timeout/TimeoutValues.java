package dev.opsdiff.timeout;

import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.values.DurationText;
import dev.opsdiff.values.Quantity;
import dev.opsdiff.values.Units;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Normalises timeout values to milliseconds with the catalog's unit of a bare number, and reads library defaults. */
public final class TimeoutValues {
    public static final String INFINITE = "infinite";

    private TimeoutValues() {
    }

    /** Milliseconds, infinity for "no timeout", null when the unit of a bare number is unknown. */
    public static Double millis(Quantity q, TimeoutApi spec) {
        if (q == null) {
            return null;
        }
        if (spec.nonPositiveIsInfinite() && q.amount() <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return q.millis(bareUnit(spec));
    }

    public static ChronoUnit bareUnit(TimeoutApi spec) {
        return Units.ofCode(spec.unit()).orElse(null);
    }

    /** The default in milliseconds: infinity for {@code infinite}, empty when the catalog only names who decides. */
    public static Optional<Double> defaultMillis(TimeoutApi spec) {
        String d = spec.defaultValue();
        if (d == null) {
            return Optional.empty();
        }
        if (d.equals(INFINITE)) {
            return Optional.of(Double.POSITIVE_INFINITY);
        }
        return DurationText.parse(d, null).map(q -> q.millis(bareUnit(spec)));
    }

    /** What happens once the setting is gone, for messages: "it now waits forever", "the default of 10 s applies". */
    public static String describeDefault(TimeoutApi spec) {
        String d = spec.defaultValue();
        if (d == null) {
            return "the library's default applies";
        }
        if (d.equals(INFINITE)) {
            return "it now waits forever";
        }
        return defaultMillis(spec).map(ms -> "the default of " + Units.format(ms) + " applies").orElse(d + " applies");
    }
}
