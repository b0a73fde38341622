package dev.opsdiff.values;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A folded number, with the time unit it was written in when the code or config said one ({@code Duration.ofSeconds},
 * {@code TimeUnit.SECONDS}, {@code 30s}); a bare number ({@code unit == null}) takes the unit of the API it is passed to.
 *
 * @param amount the number as written (after arithmetic)
 * @param unit   the unit written with it, or null for a bare number
 * @param trail  where it was read from, the use site's own expression first, then constants and properties it read
 */
public record Quantity(double amount, ChronoUnit unit, List<Origin> trail) {
    public Quantity {
        trail = List.copyOf(trail);
    }

    public static Quantity bare(double amount, Origin origin) {
        return new Quantity(amount, null, origin == null ? List.of() : List.of(origin));
    }

    public boolean bare() {
        return unit == null;
    }

    /** Milliseconds, reading a bare number in {@code defaultUnit} (null when bare and no default is known). */
    public Double millis(ChronoUnit defaultUnit) {
        ChronoUnit u = unit != null ? unit : defaultUnit;
        return u == null ? null : amount * Units.millisPer(u);
    }

    public Quantity withUnit(ChronoUnit newUnit) {
        return new Quantity(amount, newUnit, trail);
    }

    public Quantity withAmount(double newAmount) {
        return new Quantity(newAmount, unit, trail);
    }

    /** The same value read through one more place (a constant or property), which goes first in the trail. */
    public Quantity via(Origin origin) {
        List<Origin> t = new ArrayList<>();
        t.add(origin);
        t.addAll(trail);
        return new Quantity(amount, unit, t);
    }

    /** Combines the trails of two operands. */
    Quantity mergedTrail(Quantity other) {
        List<Origin> t = new ArrayList<>(trail);
        other.trail.stream().filter(o -> !t.contains(o)).forEach(t::add);
        return new Quantity(amount, unit, t);
    }

    public int intAmount() {
        return (int) Math.round(amount);
    }
}
