package dev.opsdiff.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdiff.catalog.CatalogData;
import dev.opsdiff.rule.Level;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a change does to the configuration a check runs with, in words a reviewer reads on the pull request: rules
 * it disables or lowers, options it raises, catalog entries it adds or removes. A change that weakens its own check
 * is exactly what a reviewer looking at Java diffs misses.
 */
public final class ConfigChanges {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ConfigChanges() {
    }

    /**
     * @param defaults rule id to its default level
     * @return one sentence per weakening or catalog edit, empty when the two configurations are alike
     */
    public static List<String> describe(Config base, Config head, Map<String, Level> defaults) {
        List<String> out = new ArrayList<>();
        for (String id : new TreeSet<>(defaults.keySet())) {
            RuleConfig b = base.rule(id);
            RuleConfig h = head.rule(id);
            boolean wasOn = b.enabled() == null || b.enabled();
            boolean isOn = h.enabled() == null || h.enabled();
            if (wasOn && !isOn) {
                out.add("disables rule " + id);
                continue;
            }
            Level was = b.level() != null ? b.level() : defaults.get(id);
            Level is = h.level() != null ? h.level() : defaults.get(id);
            if (isOn && is.ordinal() > was.ordinal()) {
                out.add("lowers rule " + id + " from " + was.id() + " to " + is.id());
            }
            for (String option : new TreeSet<>(h.options().keySet())) {
                Object before = b.options().get(option);
                Object after = h.options().get(option);
                if (after instanceof Number a && (before == null || before instanceof Number)
                        && (before == null || a.doubleValue() > ((Number) before).doubleValue())) {
                    out.add((before == null ? "sets " : "raises ") + id + "." + option
                            + (before == null ? " to " + a : " from " + before + " to " + a));
                } else if (!(after instanceof Number) && !String.valueOf(after).equals(String.valueOf(before))) {
                    out.add("changes " + id + "." + option + " to " + after);
                }
            }
        }
        Set<String> was = entries(base);
        Set<String> is = entries(head);
        List<String> added = is.stream().filter(e -> !was.contains(e)).map(ConfigChanges::label).toList();
        List<String> removed = was.stream().filter(e -> !is.contains(e)).map(ConfigChanges::label).toList();
        if (!added.isEmpty()) {
            out.add("adds " + count(added.size(), "catalog entry", "catalog entries") + " (" + String.join(", ", added)
                    + ")");
        }
        if (!removed.isEmpty()) {
            out.add("removes " + count(removed.size(), "catalog entry", "catalog entries") + " ("
                    + String.join(", ", removed) + ")");
        }
        return out;
    }

    /** "1 catalog entry", "3 catalog entries". */
    public static String describeCount(int n, String one, String many) {
        return count(n, one, many);
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Every catalog entry as canonical JSON prefixed by its section, so reordering is no change. */
    private static Set<String> entries(Config c) {
        Set<String> out = new TreeSet<>();
        for (CatalogData data : c.catalog()) {
            JsonNode tree = JSON.valueToTree(data);
            Iterator<Map.Entry<String, JsonNode>> sections = tree.fields();
            while (sections.hasNext()) {
                Map.Entry<String, JsonNode> s = sections.next();
                if (s.getValue().isArray()) {
                    s.getValue().forEach(e -> out.add(s.getKey() + "\t" + canonical(e)));
                } else if (!s.getValue().isNull()) {
                    out.add(s.getKey() + "\t" + canonical(s.getValue()));
                }
            }
        }
        return out;
    }

    private static String canonical(JsonNode node) {
        try {
            Object plain = JSON.treeToValue(node, Object.class);
            return JSON.writeValueAsString(plain instanceof Map<?, ?> m ? new TreeMap<>(m) : plain);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return node.toString();
        }
    }

    /** "apis: Acme pricing client" — the section and the entry's library label when it has one. */
    private static String label(String entry) {
        String section = entry.substring(0, entry.indexOf('\t'));
        try {
            JsonNode n = JSON.readTree(entry.substring(entry.indexOf('\t') + 1));
            JsonNode lib = n instanceof ObjectNode o ? o.get("library") : null;
            return section + (lib != null && lib.isTextual() ? ": " + lib.asText() : "");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return section;
        }
    }
}
