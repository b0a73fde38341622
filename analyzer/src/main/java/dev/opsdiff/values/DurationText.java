package dev.opsdiff.values;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written as text, the way Spring Boot binds them: {@code 30s}, {@code 500ms}, {@code 5m}, ISO-8601
 * {@code PT30S}, or a bare number (then the property's own unit applies).
 */
public final class DurationText {
    private static final Pattern SIMPLE = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]{0,3})");

    private DurationText() {
    }

    /** The quantity a text denotes, bare when it has no unit; empty when it is not a number or a duration. */
    public static Optional<Quantity> parse(String text, Origin origin) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher m = SIMPLE.matcher(s);
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            if (m.group(2).isEmpty()) {
                return Optional.of(Quantity.bare(amount, origin));
            }
            return Units.ofCode(m.group(2)).map(u -> Quantity.bare(amount, origin).withUnit(u));
        }
        if (s.startsWith("P") || s.startsWith("p") || s.startsWith("-P")) {
            return iso(s, origin);
        }
        return Optional.empty();
    }

    /** {@code PT5S}: milliseconds, since ISO durations mix units. */
    public static Optional<Quantity> iso(String s, Origin origin) {
        try {
            Duration d = Duration.parse(s.strip());
            return Optional.of(Quantity.bare(d.toNanos() / 1_000_000.0, origin).withUnit(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
