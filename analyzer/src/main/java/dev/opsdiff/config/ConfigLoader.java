package dev.opsdiff.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opsdiff.catalog.CatalogData;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code .opsdiff.yml}. Every mistake (unknown key, unknown rule, bad value) is an {@link InputException}
 * naming the file and line, so the command line can print one line and exit 2.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_LEVEL = Set.of("catalog", "rules", "includeTests", "workload",
            "maxFileSize");
    /** The configuration is untrusted input (a pull request can edit it): bounded in size, aliases and depth. */
    static final int MAX_BYTES = 512 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(limits()).build());
    /** Catalog fields that hold regular expressions, checked with {@link SafeRegex}. */
    private static final Set<String> REGEX_FIELDS = Set.of("pattern", "batchPattern", "nonIdempotentPattern",
            "receiverNames", "sql", "argPattern", "done", "fresh", "checkPattern", "compensationPattern");

    private static org.yaml.snakeyaml.LoaderOptions limits() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setMaxAliasesForCollections(20);
        o.setNestingDepthLimit(40);
        o.setCodePointLimit(MAX_BYTES);
        o.setAllowDuplicateKeys(false);
        return o;
    }

    private ConfigLoader() {
    }

    public static Config load(Path file, Map<String, Set<String>> knownRules) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read configuration " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text, knownRules);
    }

    /**
     * @param knownRules rule id to the names of the options it accepts
     */
    public static Config parse(String source, String text, Map<String, Set<String>> knownRules) {
        if (text.length() > MAX_BYTES) {
            throw new InputException(source + ": configuration is larger than " + MAX_BYTES / 1024
                    + " KiB; opsdiff reads it as untrusted input and refuses larger files");
        }
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw error(source, e.getLocation(), e.getOriginalMessage());
        } catch (RuntimeException e) {
            // SnakeYAML's limits (aliases, nesting, size) surface as unchecked exceptions.
            throw new InputException(source + ": invalid YAML: " + String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse("rejected"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Config(source, List.of(), Map.of());
        }
        if (!root.isObject()) {
            throw new InputException(source + ":1: the configuration must be a mapping with keys catalog and rules");
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!TOP_LEVEL.contains(key)) {
                throw new InputException(source + ":" + lineOf(text, key) + ": unknown key '" + key
                        + "' (expected: catalog, rules, includeTests, workload, maxFileSize)");
            }
        }
        List<CatalogData> catalog = List.of();
        if (root.has("catalog")) {
            if (!root.get("catalog").isObject()) {
                throw new InputException(source + ":" + lineOf(text, "catalog") + ": catalog must be a mapping of "
                        + "catalog sections (apis, methodAnnotations, retries, timeouts, guards, roles, ...)");
            }
            checkRegexes(source, text, root.get("catalog"));
            try {
                catalog = List.of(CatalogLoader.yamlMapper().treeToValue(root.get("catalog"), CatalogData.class));
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? String.valueOf(lineOf(text, "catalog"))
                        : String.valueOf(lineOf(text, "catalog") + e.getLocation().getLineNr());
                throw new InputException(source + ":" + where + ": invalid catalog entry: "
                        + e.getOriginalMessage().replaceAll("\\s*\\(class [^)]*\\)", ""));
            }
        }
        Map<String, RuleConfig> rules = new LinkedHashMap<>();
        if (root.has("rules")) {
            JsonNode r = root.get("rules");
            if (!r.isObject()) {
                throw new InputException(source + ":" + lineOf(text, "rules") + ": rules must map rule ids to settings");
            }
            Iterator<Map.Entry<String, JsonNode>> it = r.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                rules.put(e.getKey(), rule(source, text, e.getKey(), e.getValue(), knownRules));
            }
        }
        boolean includeTests = false;
        if (root.has("includeTests")) {
            if (!root.get("includeTests").isBoolean()) {
                throw new InputException(source + ":" + lineOf(text, "includeTests") + ": includeTests must be true or "
                        + "false");
            }
            includeTests = root.get("includeTests").asBoolean();
        }
        Workload workload = root.has("workload") ? workload(source, text, root.get("workload")) : Workload.NONE;
        long maxFileBytes = root.has("maxFileSize") ? fileSize(source, text, root.get("maxFileSize"))
                : Config.DEFAULT_MAX_FILE_BYTES;
        return new Config(source, catalog, rules, includeTests, workload, maxFileBytes);
    }

    /** {@code maxFileSize: 4MB} (also {@code KB}, or a plain number of bytes). */
    private static long fileSize(String source, String text, JsonNode node) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,7})\\s*(kb|mb|b)?\\s*")
                .matcher(node.asText());
        long value = m.matches() ? Long.parseLong(m.group(1)) : -1;
        if (value <= 0 || !(node.isNumber() || node.isTextual())) {
            throw new InputException(source + ":" + lineOf(text, "maxFileSize") + ": maxFileSize must be a positive "
                    + "size such as 4MB, 512KB or a number of bytes (got '" + node.asText() + "')");
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "kb" -> value * 1024;
            case "mb" -> value * 1024 * 1024;
            default -> value;
        };
    }

    /** {@code workload:} sizes, each with a collection or a member and positive p50 <= p95. */
    private static Workload workload(String source, String text, JsonNode node) {
        String at = source + ":" + lineOf(text, "workload") + ": ";
        if (!node.isObject()) {
            throw new InputException(at + "workload must be a mapping with keys sizes and failAboveCalls");
        }
        Workload w;
        try {
            w = YAML.treeToValue(node, Workload.class);
        } catch (JsonProcessingException e) {
            throw new InputException(at + "invalid workload: "
                    + e.getOriginalMessage().replaceAll("\\s*\\(class [^)]*\\)", ""));
        }
        for (Workload.Size s : w.sizes()) {
            String what = s.collection() != null ? s.collection() : s.member();
            if ((s.collection() == null) == (s.member() == null)) {
                throw new InputException(at + "each workload size names either a collection (as written, e.g. "
                        + "cart.getItems()) or a member (e.g. items), not both or neither");
            }
            if (s.p50() == null || s.p95() == null || s.p50() < 1 || s.p95() < s.p50()) {
                throw new InputException(at + "size of " + what + ": p50 and p95 must be whole numbers with "
                        + "1 <= p50 <= p95");
            }
        }
        if (w.failAboveCalls() != null && w.failAboveCalls() < 0) {
            throw new InputException(at + "failAboveCalls must be zero or more");
        }
        return w;
    }

    private static void checkRegexes(String source, String text, JsonNode node) {
        if (node.isArray()) {
            node.forEach(n -> checkRegexes(source, text, n));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (REGEX_FIELDS.contains(e.getKey()) && e.getValue().isTextual()) {
                String problem = SafeRegex.problem(e.getValue().asText());
                if (problem != null) {
                    throw new InputException(source + ":" + lineOf(text, e.getKey()) + ": " + e.getKey() + ": "
                            + problem);
                }
            } else if (e.getValue().isContainerNode()) {
                checkRegexes(source, text, e.getValue());
            }
        }
    }

    private static RuleConfig rule(String source, String text, String id, JsonNode node,
                                   Map<String, Set<String>> knownRules) {
        int line = lineOf(text, id);
        if (!knownRules.containsKey(id)) {
            throw new InputException(source + ":" + line + ": unknown rule '" + id + "' (known: "
                    + String.join(", ", knownRules.keySet().stream().sorted().toList()) + ")");
        }
        if (node.isBoolean()) {
            return new RuleConfig(node.asBoolean(), null, Map.of());
        }
        if (!node.isObject()) {
            throw new InputException(source + ":" + line + ": rules." + id
                    + " must be true, false or a mapping (enabled, level, rule options)");
        }
        Boolean enabled = null;
        Level level = null;
        Map<String, Object> options = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) node).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            int keyLine = lineOf(text, e.getKey(), line);
            switch (e.getKey()) {
                case "enabled" -> {
                    if (!e.getValue().isBoolean()) {
                        throw new InputException(source + ":" + keyLine + ": rules." + id
                                + ".enabled must be true or false");
                    }
                    enabled = e.getValue().asBoolean();
                }
                case "level" -> {
                    try {
                        level = Level.parse(e.getValue().asText());
                    } catch (IllegalArgumentException ex) {
                        throw new InputException(source + ":" + keyLine + ": rules." + id + ".level: " + ex.getMessage());
                    }
                }
                default -> {
                    Set<String> accepted = knownRules.get(id);
                    if (!accepted.contains(e.getKey())) {
                        throw new InputException(source + ":" + keyLine + ": unknown key rules." + id + "." + e.getKey()
                                + " (expected: enabled, level" + (accepted.isEmpty() ? "" : ", "
                                + String.join(", ", accepted.stream().sorted().toList())) + ")");
                    }
                    options.put(e.getKey(), YAML.convertValue(e.getValue(), Object.class));
                }
            }
        }
        return new RuleConfig(enabled, level, options);
    }

    private static InputException error(String source, JsonLocation location, String message) {
        int line = location == null ? 1 : location.getLineNr();
        return new InputException(source + ":" + line + ": invalid YAML: " + message);
    }

    /** The 1-based line where {@code key:} first appears (YAML trees carry no positions). */
    static int lineOf(String text, String key) {
        return lineOf(text, key, 1);
    }

    static int lineOf(String text, String key, int fromLine) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("- " + key + ":")) {
                return i + 1;
            }
        }
        return fromLine;
    }

}
