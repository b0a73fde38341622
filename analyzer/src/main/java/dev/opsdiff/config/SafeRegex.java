package dev.opsdiff.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks regular expressions from an untrusted {@code .opsdiff.yml} before they are matched against every call of a
 * code base: a syntax error, a nested quantifier ({@code (a+)+}, the classic catastrophic-backtracking shape) or a
 * pattern that takes too long on adversarial probes is rejected with a message, instead of hanging a CI job.
 */
final class SafeRegex {
    /** A quantified group whose body is itself quantified: {@code (x+)+}, {@code (x*)*}, {@code (x|y+){2,}}. */
    private static final Pattern NESTED_QUANTIFIER = Pattern.compile(
            "\\((?:[^()\\\\]|\\\\.)*?[+*](?:[^()\\\\]|\\\\.)*\\)[+*{]");
    private static final long PROBE_NANOS = 50_000_000L;

    private SafeRegex() {
    }

    /** Null when the pattern is safe to use, else why not. */
    static String problem(String regex) {
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex();
        }
        if (NESTED_QUANTIFIER.matcher(regex).find()) {
            return "nested quantifier in '" + regex + "' can backtrack catastrophically; rewrite it without a "
                    + "quantified group that holds a quantifier";
        }
        for (String probe : probes(regex)) {
            try {
                p.matcher(new Deadline(probe, System.nanoTime() + PROBE_NANOS)).matches();
            } catch (Deadline.Expired e) {
                return "regular expression '" + regex + "' takes too long on a short input (catastrophic "
                        + "backtracking); simplify it";
            }
        }
        return null;
    }

    /** Long runs of the characters the pattern mentions, and of common classes, each ending in a mismatch. */
    private static List<String> probes(String regex) {
        List<String> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        regex.chars().filter(Character::isLetterOrDigit).distinct().limit(8).forEach(c -> literal.append((char) c));
        for (String unit : List.of("a", "0", " ", "aA0_", ".", literal.toString())) {
            if (!unit.isEmpty()) {
                out.add(unit.repeat(Math.max(1, 32 / unit.length())) + "\u0001!");
            }
        }
        return out;
    }

    /** A char sequence that gives up once its deadline passed: the regex engine reads it char by char. */
    private static final class Deadline implements CharSequence {
        private final String text;
        private final long deadline;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (System.nanoTime() > deadline) {
                throw new Expired();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class Expired extends RuntimeException {
            Expired() {
                super(null, null, false, false);
            }
        }
    }
}
