package dev.opsdiff.values;

import dev.opsdiff.model.Location;
import dev.opsdiff.model.ProgramModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spring Boot properties of one snapshot ({@code application*.properties|yml}, {@code bootstrap*}), looked up with
 * relaxed binding: {@code connection-timeout}, {@code connectionTimeout} and {@code connection_timeout} are one key.
 * The default profile wins over profile-specific files, {@code .properties} over YAML (Spring's own order), and a file
 * nearer the root over one deeper in the tree.
 */
public final class ConfigProperties {
    private static final Map<ProgramModel, ConfigProperties> CACHE = new WeakHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}:]+)(?::([^${}]*))?}");
    private static final int MAX_NESTING = 8;

    /**
     * One property as written.
     *
     * @param profile       the profile it applies to: from the file name or the YAML document's activation, empty for default
     * @param canonicalKey  the key in relaxed form (lowercase, no dashes or underscores)
     */
    public record Entry(String path, String profile, String key, String canonicalKey, String value, int line,
                        int column, int endColumn) {
        public Location location() {
            return new Location(path, line, column, line, endColumn);
        }

        public Origin origin() {
            return new Origin(key, location(), key + ": " + value);
        }
    }

    private final List<Entry> entries;

    /** The first entry of each canonical key, in the order above: what {@link #get} answers. */
    private final Map<String, Entry> byKey = new HashMap<>();

    private ConfigProperties(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.entries.forEach(e -> byKey.putIfAbsent(e.canonicalKey(), e));
    }

    public static ConfigProperties of(ProgramModel program) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(program, p -> of(p.configFiles()));
        }
    }

    /** From config file texts by path. */
    public static ConfigProperties of(Map<String, String> files) {
        List<Entry> all = new ArrayList<>();
        files.forEach((path, text) -> all.addAll(ConfigFiles.read(path, text)));
        all.sort(Comparator.comparing((Entry e) -> !e.profile().isEmpty())
                .thenComparing(e -> !e.path().endsWith(".properties"))
                .thenComparingInt(e -> e.path().split("/").length)
                .thenComparing(Entry::path).thenComparingInt(Entry::line));
        return new ConfigProperties(all);
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Relaxed form: {@code spring.datasource.hikari.connectionTimeout} → {@code spring.datasource.hikari.connectiontimeout}. */
    public static String canonical(String key) {
        // Map keys written in brackets (spring.kafka.properties[request.timeout.ms]) bind like dotted ones.
        String k = key.indexOf('[') < 0 ? key : BRACKETED_KEY.matcher(key).replaceAll(".$1");
        return k.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static final Pattern BRACKETED_KEY = Pattern.compile("\\[([^\\]0-9][^\\]]*)]");

    /** The entry that binds {@code key} in the default profile (or, failing that, any profile). */
    public Optional<Entry> get(String key) {
        return Optional.ofNullable(byKey.get(canonical(key)));
    }

    /** A property's value with placeholders resolved, as a quantity (bare when it has no unit). */
    public Optional<Quantity> quantity(String key) {
        return get(key).flatMap(e -> resolve(e.value(), 0).flatMap(v -> DurationText.parse(v, null))
                .map(q -> q.via(e.origin())));
    }

    /**
     * Resolves {@code ${key:default}} in a text (from {@code @Value} or a property value) to a quantity: the property's
     * value when the snapshot defines the key, else the default; {@code fallback} is where a default is written.
     */
    public Optional<Quantity> placeholder(String text, Origin fallback) {
        Matcher m = PLACEHOLDER.matcher(text.strip());
        if (!m.matches()) {
            return resolve(text, 0).flatMap(v -> DurationText.parse(v, fallback));
        }
        Optional<Entry> e = get(m.group(1));
        if (e.isPresent()) {
            return resolve(e.get().value(), 0).flatMap(v -> DurationText.parse(v, null)).map(q -> q.via(e.get().origin()));
        }
        return m.group(2) == null ? Optional.empty()
                : resolve(m.group(2), 0).flatMap(v -> DurationText.parse(v, fallback));
    }

    /** The text with every placeholder replaced; empty when one names an undefined key without a default. */
    public Optional<String> resolve(String text, int depth) {
        if (depth > MAX_NESTING) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return Optional.of(text);
        }
        Optional<String> v = get(m.group(1)).map(Entry::value);
        if (v.isEmpty()) {
            v = Optional.ofNullable(m.group(2));
        }
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String replaced = text.substring(0, m.start()) + v.get() + text.substring(m.end());
        return resolve(replaced, depth + 1);
    }
}
