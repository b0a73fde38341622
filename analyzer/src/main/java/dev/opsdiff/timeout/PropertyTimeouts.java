package dev.opsdiff.timeout;

import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.values.ConfigProperties;
import dev.opsdiff.values.DurationText;
import dev.opsdiff.values.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Timeout sites in Spring Boot configuration files: every property whose key matches a catalog pattern, keyed by
 * profile and relaxed key so that reordering, reformatting or moving keys between files of one profile (or between
 * {@code .properties} and YAML) pairs them up again.
 */
final class PropertyTimeouts {
    private PropertyTimeouts() {
    }

    static List<TimeoutSite> of(ConfigProperties props, List<TimeoutApi> catalog) {
        List<Matcher> matchers = new ArrayList<>();
        for (TimeoutApi t : catalog) {
            if (t.properties() != null && (t.annotations() == null || t.annotations().isEmpty())) {
                t.properties().forEach(p -> matchers.add(new Matcher(t, compile(p))));
            }
        }
        List<TimeoutSite> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ConfigProperties.Entry e : props.entries()) {
            for (Matcher m : matchers) {
                if (!m.pattern().matcher(e.canonicalKey()).matches()) {
                    continue;
                }
                String key = e.profile() + "|" + e.canonicalKey();
                if (!seen.add(key)) {
                    break; // the entry that wins (see ConfigProperties' order) is the one Spring binds
                }
                Optional<Quantity> q = props.resolve(e.value(), 0).flatMap(v -> DurationText.parse(v, e.origin()));
                out.add(new TimeoutSite("properties:" + e.profile(), e.canonicalKey(), e.key(),
                        e.key() + ": " + e.value(), e.location(), q.orElse(null),
                        TimeoutValues.millis(q.orElse(null), m.api()), false, m.api(), -1, -1));
                break;
            }
        }
        return out;
    }

    private record Matcher(TimeoutApi api, Pattern pattern) {
    }

    /** A kebab-case key pattern with {@code *}/{@code {name}} segments, in relaxed form. */
    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String segment : pattern.split("\\.")) {
            if (!regex.isEmpty()) {
                regex.append("\\.");
            }
            regex.append(segment.equals("*") || segment.startsWith("{") ? "[^.]+"
                    : Pattern.quote(ConfigProperties.canonical(segment)));
        }
        return Pattern.compile(regex.toString());
    }
}
