package dev.opsdiff.retry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numeric locals written exactly once, read from a method's body tokens: {@code long retryInterval = 0L;}. The model
 * keeps no local initializers, and a wait or bound held in such a local is as fixed as the literal itself.
 */
final class SingleAssignmentLocals {
    private static final Set<String> WRITES = Set.of("=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "|=", "&=");
    private static final Set<String> STEPS = Set.of("++", "--");

    private SingleAssignmentLocals() {
    }

    /** The literal the local is assigned, when that is its only write in the body. */
    static Optional<Long> literal(List<String> tokens, String name) {
        Long value = null;
        int writes = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(name) || i > 0 && tokens.get(i - 1).equals(".")) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            String previous = i > 0 ? tokens.get(i - 1) : "";
            if (STEPS.contains(next) || STEPS.contains(previous)) {
                writes++;
            } else if (WRITES.contains(next)) {
                writes++;
                boolean plain = next.equals("=") && i + 3 < tokens.size() && tokens.get(i + 3).equals(";");
                value = plain ? parse(tokens.get(i + 2)) : null;
            }
        }
        return writes == 1 && value != null ? Optional.of(value) : Optional.empty();
    }

    /**
     * The first literal of a local every write of which is a literal ({@code long sleepTime = 1000; if (..)
     * sleepTime = 10000;}): the first wait of a backoff that steps up.
     */
    static Optional<Long> firstLiteral(List<String> tokens, String name) {
        Long first = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(name) || i > 0 && tokens.get(i - 1).equals(".")) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            String previous = i > 0 ? tokens.get(i - 1) : "";
            if (STEPS.contains(next) || STEPS.contains(previous)) {
                return Optional.empty();
            }
            if (WRITES.contains(next)) {
                boolean plain = next.equals("=") && i + 3 < tokens.size() && tokens.get(i + 3).equals(";");
                Long value = plain ? parse(tokens.get(i + 2)) : null;
                if (value == null) {
                    return Optional.empty();
                }
                first = first == null ? value : first;
            }
        }
        return Optional.ofNullable(first);
    }

    private static Long parse(String token) {
        String digits = token.replace("_", "").replaceAll("[lL]$", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
