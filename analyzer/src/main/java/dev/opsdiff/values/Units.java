package dev.opsdiff.values;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Time units as the JDK and Spring write them: {@code TimeUnit}/{@code ChronoUnit} constants, Spring Boot's duration
 * suffixes ({@code ms}, {@code s}, {@code m} ...) and the catalog's unit codes. JDK vocabulary only; library factories
 * are catalog data.
 */
public final class Units {
    private static final Map<String, ChronoUnit> CONSTANTS = Map.ofEntries(
            Map.entry("NANOSECONDS", ChronoUnit.NANOS), Map.entry("NANOS", ChronoUnit.NANOS),
            Map.entry("MICROSECONDS", ChronoUnit.MICROS), Map.entry("MICROS", ChronoUnit.MICROS),
            Map.entry("MILLISECONDS", ChronoUnit.MILLIS), Map.entry("MILLIS", ChronoUnit.MILLIS),
            Map.entry("SECONDS", ChronoUnit.SECONDS), Map.entry("MINUTES", ChronoUnit.MINUTES),
            Map.entry("HOURS", ChronoUnit.HOURS), Map.entry("HALF_DAYS", ChronoUnit.HALF_DAYS),
            Map.entry("DAYS", ChronoUnit.DAYS));
    private static final Map<String, ChronoUnit> CODES = Map.ofEntries(
            Map.entry("ns", ChronoUnit.NANOS), Map.entry("us", ChronoUnit.MICROS), Map.entry("ms", ChronoUnit.MILLIS),
            Map.entry("s", ChronoUnit.SECONDS), Map.entry("m", ChronoUnit.MINUTES), Map.entry("min", ChronoUnit.MINUTES),
            Map.entry("h", ChronoUnit.HOURS), Map.entry("d", ChronoUnit.DAYS));
    /** Types whose constants are units, and whose {@code toMillis(n)}-style methods convert. */
    static final java.util.Set<String> UNIT_TYPES = java.util.Set.of("java.util.concurrent.TimeUnit",
            "java.time.temporal.ChronoUnit", "TimeUnit", "ChronoUnit");

    private Units() {
    }

    /** {@code SECONDS} of {@code TimeUnit.SECONDS} or {@code ChronoUnit.SECONDS}. */
    public static Optional<ChronoUnit> ofConstant(String name) {
        return Optional.ofNullable(CONSTANTS.get(name));
    }

    /** A catalog or Spring Boot unit code: {@code ns us ms s m min h d}. */
    public static Optional<ChronoUnit> ofCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(CODES.get(code.toLowerCase(Locale.ROOT)));
    }

    public static double millisPer(ChronoUnit unit) {
        return unit.getDuration().toNanos() / 1_000_000.0;
    }

    /** Human form of a duration in milliseconds: {@code 500 ms}, {@code 2 s}, {@code 1.5 min}, {@code infinite}. */
    public static String format(double millis) {
        if (Double.isInfinite(millis)) {
            return "infinite";
        }
        double abs = Math.abs(millis);
        if (abs >= 3_600_000 && abs % 3_600_000 == 0) {
            return number(millis / 3_600_000) + " h";
        }
        if (abs >= 60_000 && abs % 60_000 == 0) {
            return number(millis / 60_000) + " min";
        }
        if (abs >= 1_000) {
            return number(millis / 1_000) + " s";
        }
        return number(millis) + " ms";
    }

    /** The factor between two durations for messages: {@code ×15}, {@code ÷4}, {@code ×1.5}. */
    public static String ratio(double before, double after) {
        if (before <= 0 || after <= 0) {
            return "";
        }
        return after >= before ? "×" + number(after / before) : "÷" + number(before / after);
    }

    static String number(double v) {
        double rounded = Math.round(v * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return String.valueOf((long) rounded);
        }
        return String.valueOf(rounded);
    }
}
