package dev.opsdiff.values;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Arithmetic on folded quantities: {@code 5 * 1000}, {@code BASE + 500}, {@code d.multipliedBy(2)}, {@code d.toMillis()}. */
final class Arithmetic {
    private Arithmetic() {
    }

    static Optional<Quantity> apply(String operator, Quantity l, Quantity r) {
        if (l == null || r == null) {
            return Optional.empty();
        }
        ChronoUnit unit = l.unit() != null ? l.unit() : r.unit();
        if (l.unit() != null && r.unit() != null && l.unit() != r.unit()) {
            // Mixed units only add up in a common unit.
            if (!operator.equals("+") && !operator.equals("-")) {
                return Optional.empty();
            }
            l = inMillis(l);
            r = inMillis(r);
            unit = ChronoUnit.MILLIS;
        }
        double a = l.amount();
        double b = r.amount();
        Double result = switch (operator) {
            case "+" -> a + b;
            case "-" -> a - b;
            case "*" -> a * b;
            case "/" -> b == 0 ? null : Math.floor(a / b) == a / b ? a / b : (double) ((long) a / (long) b);
            default -> null;
        };
        if (result == null) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(result, unit, l.mergedTrail(r).trail()));
    }

    private static Quantity inMillis(Quantity q) {
        return new Quantity(q.amount() * Units.millisPer(q.unit()), ChronoUnit.MILLIS, q.trail());
    }

    /** {@code java.time.Duration} instance methods on a folded duration. */
    static Optional<Quantity> durationMethod(Quantity d, String method, List<Quantity> args) {
        Quantity arg = args.isEmpty() ? null : args.get(0);
        double ms = d.amount() * Units.millisPer(d.unit());
        return switch (method) {
            case "toMillis" -> Optional.of(d.withAmount(ms).withUnit(ChronoUnit.MILLIS));
            case "toSeconds", "getSeconds" -> Optional.of(d.withAmount(Math.floor(ms / 1000)).withUnit(ChronoUnit.SECONDS));
            case "toMinutes" -> Optional.of(d.withAmount(Math.floor(ms / 60_000)).withUnit(ChronoUnit.MINUTES));
            case "multipliedBy" -> arg == null ? Optional.empty() : Optional.of(d.withAmount(d.amount() * arg.amount()));
            case "dividedBy" -> arg == null || !arg.bare() || arg.amount() == 0 ? Optional.empty()
                    : Optional.of(d.withAmount(d.amount() / arg.amount()));
            case "plus", "minus" -> arg == null || arg.bare() ? Optional.empty()
                    : apply(method.equals("plus") ? "+" : "-", d, arg);
            case "plusMillis" -> plus(d, arg, ChronoUnit.MILLIS);
            case "plusSeconds" -> plus(d, arg, ChronoUnit.SECONDS);
            case "plusMinutes" -> plus(d, arg, ChronoUnit.MINUTES);
            default -> Optional.empty();
        };
    }

    private static Optional<Quantity> plus(Quantity d, Quantity arg, ChronoUnit unit) {
        return arg == null ? Optional.empty() : apply("+", d, arg.withUnit(unit));
    }
}
