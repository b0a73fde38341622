package dev.opsdiff.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The catalog's {@code backoffs:} entries merged once: name sets united, regular expressions joined into one
 * alternation each (null when no entry gives one). Read by the time-gate, attempt-cap and backoff-growth analyses.
 */
public record BackoffVocabulary(Set<String> clocks, Set<String> throttles, Set<String> exponentials,
                                Pattern clockNames, Pattern stampNames, Pattern attemptNames, Pattern delayNames,
                                Set<String> delayedSubmits, Set<String> immediateSubmits) {

    static BackoffVocabulary of(List<BackoffApi> entries) {
        return new BackoffVocabulary(union(entries, BackoffApi::clocks), union(entries, BackoffApi::throttles),
                union(entries, BackoffApi::exponentials), join(entries, BackoffApi::clockNames),
                join(entries, BackoffApi::stampNames), join(entries, BackoffApi::attemptNames),
                join(entries, BackoffApi::delayNames), union(entries, BackoffApi::delayedSubmits),
                union(entries, BackoffApi::immediateSubmits));
    }

    private static Set<String> union(List<BackoffApi> entries, Function<BackoffApi, List<String>> field) {
        Set<String> out = new HashSet<>();
        entries.stream().map(field).filter(l -> l != null).forEach(out::addAll);
        return Set.copyOf(out);
    }

    private static Pattern join(List<BackoffApi> entries, Function<BackoffApi, String> field) {
        StringBuilder alternatives = new StringBuilder();
        for (BackoffApi b : entries) {
            String regex = field.apply(b);
            if (regex != null && !regex.isBlank()) {
                alternatives.append(alternatives.isEmpty() ? "" : "|").append("(?:").append(regex).append(')');
            }
        }
        return alternatives.isEmpty() ? null : Pattern.compile(alternatives.toString());
    }
}
