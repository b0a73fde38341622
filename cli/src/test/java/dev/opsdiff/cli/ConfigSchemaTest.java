package dev.opsdiff.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.opsdiff.catalog.CatalogData;
import dev.opsdiff.catalog.GuardApi;
import dev.opsdiff.catalog.MemoApi;
import dev.opsdiff.catalog.RetryApi;
import dev.opsdiff.catalog.RoleApi;
import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.config.ConfigLoader;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.InputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/opsdiff.schema.json}, the JSON Schema editors use for {@code .opsdiff.yml}, says what the loader
 * says: every documented example passes both, every mistake below fails both, and the schema names every rule,
 * rule option and catalog field there is.
 */
class ConfigSchemaTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_LEVEL = Set.of("rules", "catalog", "includeTests");
    private static final JsonSchema SCHEMA = schema();

    @Test
    void everyDocumentedExampleIsValidForTheSchemaAndTheLoader() throws IOException {
        List<String> examples = documentedExamples();
        assertTrue(examples.size() >= 4, "README and rule docs hold .opsdiff.yml examples: " + examples);
        for (String example : examples) {
            Set<ValidationMessage> errors = SCHEMA.validate(YAML.readTree(example));
            assertTrue(errors.isEmpty(), "schema rejects a documented example: " + errors + "\n" + example);
            ConfigLoader.parse("example", example, knownRules());
        }
    }

    @Test
    void bundledCatalogFilesFitTheCatalogSection() throws IOException {
        Path dir = ROOT.resolve("analyzer/src/main/resources/dev/opsdiff/catalog");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yml = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
            assertFalse(yml.isEmpty());
            for (Path file : yml) {
                ObjectNode config = JSON.createObjectNode();
                config.set("catalog", YAML.readTree(file.toFile()));
                Set<ValidationMessage> errors = SCHEMA.validate(config);
                assertTrue(errors.isEmpty(), file.getFileName() + ": " + errors);
            }
        }
    }

    @Test
    void mistakesAreRejectedByTheSchemaAndTheLoaderAlike() {
        List<String> mistakes = List.of(
                "rule:\n  query-fanout: false\n",                             // misspelt top-level key
                "rules:\n  cache-cardinalty: false\n",                        // unknown rule
                "rules:\n  query-fanout:\n    level: fatal\n",                // unknown level
                "rules:\n  query-fanout:\n    enabled: maybe\n",              // not a boolean
                "rules:\n  timeout-change:\n    factr: 3\n",                  // unknown rule option
                "rules:\n  query-fanout:\n    factor: 3\n",                   // option of another rule
                "rules: [query-fanout]\n",                                    // not a mapping
                "includeTests: sometimes\n",
                "catalog:\n",                                                 // an empty section
                "catalog: [apis]\n",
                "catalog:\n  apis:\n    - types: [a.B]\n      calls:\n        - effect: cache-lookup\n",
                "catalog:\n  apis:\n    - typs: [a.B]\n",                 // unknown catalog field
                "catalog:\n  timeouts:\n    - unit: ms\n      timeout: 5\n");
        for (String mistake : mistakes) {
            JsonNode tree;
            try {
                tree = YAML.readTree(mistake);
            } catch (IOException e) {
                throw new AssertionError(mistake, e);
            }
            assertFalse(SCHEMA.validate(tree).isEmpty(), "schema accepts:\n" + mistake);
            InputException e = assertThrows(InputException.class,
                    () -> ConfigLoader.parse(".opsdiff.yml", mistake, knownRules()), "loader accepts:\n" + mistake);
            assertTrue(e.getMessage().startsWith(".opsdiff.yml:"), "the loader names file and line: " + e.getMessage());
        }
    }

    @Test
    void schemaNamesEveryRuleAndItsOptions() throws IOException {
        JsonNode rules = schemaTree().at("/properties/rules/properties");
        Set<String> inSchema = new TreeSet<>();
        rules.fieldNames().forEachRemaining(inSchema::add);
        assertEquals(new TreeSet<>(knownRules().keySet()), inSchema, "rules in docs/opsdiff.schema.json");
        for (Map.Entry<String, Set<String>> rule : knownRules().entrySet()) {
            Set<String> keys = new TreeSet<>();
            rules.get(rule.getKey()).at("/oneOf/1/properties").fieldNames().forEachRemaining(keys::add);
            Set<String> expected = new TreeSet<>(rule.getValue());
            expected.addAll(List.of("enabled", "level"));
            assertEquals(expected, keys, "settings of " + rule.getKey());
        }
    }

    @Test
    void schemaNamesEveryCatalogFieldTheLoaderReads() throws IOException {
        JsonNode definitions = schemaTree().get("definitions");
        Map<String, Class<?>> records = Map.of("catalog", CatalogData.class, "api", CatalogData.Api.class,
                "methodAnnotation", CatalogData.MethodAnnotation.class, "loops", CatalogData.LoopVocabulary.class,
                "retry", RetryApi.class, "timeout", TimeoutApi.class, "guard", GuardApi.class, "role", RoleApi.class,
                "memo", MemoApi.class);
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            Set<String> fields = new TreeSet<>();
            for (RecordComponent c : e.getValue().getRecordComponents()) {
                JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
                JsonProperty onField = fieldAnnotation(e.getValue(), c.getName());
                JsonProperty name = renamed != null ? renamed : onField;
                fields.add(name != null && !name.value().isEmpty() ? name.value() : c.getName());
            }
            Set<String> inSchema = new TreeSet<>();
            definitions.get(e.getKey()).get("properties").fieldNames().forEachRemaining(inSchema::add);
            assertEquals(fields, inSchema, "fields of " + e.getValue().getSimpleName());
        }
        Set<String> calls = new TreeSet<>();
        definitions.at("/api/properties/calls/items/properties").fieldNames().forEachRemaining(calls::add);
        Set<String> callFields = new TreeSet<>();
        for (RecordComponent c : CatalogData.Call.class.getRecordComponents()) {
            callFields.add(c.getName());
        }
        assertEquals(callFields, calls);
    }

    /** ```yaml blocks and `inline` spans whose top-level keys are those of .opsdiff.yml. */
    private static List<String> documentedExamples() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        for (String dir : List.of("docs", "rules/src/main/resources")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
            }
        }
        List<String> examples = new ArrayList<>();
        Pattern block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
        Pattern inline = Pattern.compile("`((?:rules|catalog|includeTests):[^`]*)`");
        for (Path doc : docs) {
            String text = Files.readString(doc);
            for (Pattern p : List.of(block, inline)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String yaml = m.group(1);
                    if (isConfiguration(yaml)) {
                        examples.add(yaml);
                    }
                }
            }
        }
        return examples;
    }

    private static boolean isConfiguration(String yaml) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            if (tree == null || !tree.isObject() || tree.isEmpty()) {
                return false;
            }
            List<String> keys = new ArrayList<>();
            tree.fieldNames().forEachRemaining(keys::add);
            // "`catalog:`" in running text names a key; it is no example.
            boolean hasValue = keys.stream().anyMatch(k -> !tree.get(k).isNull());
            return TOP_LEVEL.containsAll(keys) && hasValue;
        } catch (IOException e) {
            return false; // a shell snippet or a fragment, not a configuration
        }
    }

    private static JsonProperty fieldAnnotation(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Map<String, Set<String>> knownRules() {
        List<Rule> rules = Analyzer.discoverRules();
        return Analyzer.ruleOptions(rules);
    }

    private static JsonNode schemaTree() throws IOException {
        return JSON.readTree(ROOT.resolve("docs/opsdiff.schema.json").toFile());
    }

    private static JsonSchema schema() {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docs/opsdiff.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
