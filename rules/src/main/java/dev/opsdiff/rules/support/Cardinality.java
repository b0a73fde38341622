package dev.opsdiff.rules.support;

import dev.opsdiff.summary.Factor;
import dev.opsdiff.summary.Occurrence;

import java.util.List;
import java.util.stream.Collectors;

/** Wording of multiplicities for messages: "once per element of `cart.getItems()`", "O(n²)". */
public final class Cardinality {
    private Cardinality() {
    }

    public static String bigO(int degree) {
        return switch (degree) {
            case 0 -> "O(1)";
            case 1 -> "O(n)";
            case 2 -> "O(n²)";
            default -> "O(n^" + degree + ")";
        };
    }

    /** How often the effect runs per invocation of {@code method}, from the data-dependent loops on its path. */
    public static String describe(Occurrence o, String method) {
        if (o == null) {
            return "not reached from `" + method + "`";
        }
        List<Factor> loops = o.factors().stream().filter(Factor::dataDependent).toList();
        if (loops.isEmpty()) {
            return "once per call of `" + method + "`";
        }
        if (loops.size() == 1) {
            return loops.get(0).describe();
        }
        return "once per element of " + loops.stream().map(f -> "`" + f.iterates() + "`")
                .collect(Collectors.joining(" × ")) + " (" + bigO(loops.size()) + ")";
    }
}
