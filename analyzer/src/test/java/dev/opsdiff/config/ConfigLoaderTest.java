package dev.opsdiff.config;

import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    private static final Map<String, Set<String>> RULES = Map.of("cache-cardinality", Set.of(),
            "timeout-change", Set.of("factor"));

    @Test
    void readsRuleSettingsAndInHouseCatalogEntries() {
        Config c = ConfigLoader.parse(".opsdiff.yml", """
                rules:
                  cache-cardinality:
                    level: warning
                  timeout-change:
                    enabled: false
                    factor: 3
                catalog:
                  apis:
                    - library: Acme pricing client
                      types: [com.acme.pricing.PriceClient]
                      calls:
                        - effect: remote-call
                          methods: [quote]
                """, RULES);
        assertEquals(Level.WARNING, c.rule("cache-cardinality").level());
        assertFalse(c.rule("timeout-change").enabled());
        assertEquals(3, c.rule("timeout-change").options().get("factor"));
        var effect = CatalogLoader.withUserEntries(c.catalog())
                .effectOf(List.of("com.acme.pricing.PriceClient"), "quote").orElseThrow();
        assertEquals(EffectKind.REMOTE_CALL, effect.kind());
    }

    @Test
    void maxFileSizeTakesUnitsAndRejectsNonsense() {
        assertEquals(4L * 1024 * 1024, ConfigLoader.parse("f.yml", "maxFileSize: 4MB\n", RULES).maxFileBytes());
        assertEquals(512L * 1024, ConfigLoader.parse("f.yml", "maxFileSize: 512kb\n", RULES).maxFileBytes());
        assertEquals(300000L, ConfigLoader.parse("f.yml", "maxFileSize: 300000\n", RULES).maxFileBytes());
        assertEquals(Config.DEFAULT_MAX_FILE_BYTES, ConfigLoader.parse("f.yml", "rules: {}\n", RULES).maxFileBytes());
        InputException bad = assertThrows(InputException.class,
                () -> ConfigLoader.parse("f.yml", "rules: {}\nmaxFileSize: huge\n", RULES));
        assertEquals("f.yml:2: maxFileSize must be a positive size such as 4MB, 512KB or a number of bytes (got 'huge')",
                bad.getMessage());
    }

    @Test
    void unknownKeysAndBadValuesNameTheLine() {
        InputException top = assertThrows(InputException.class,
                () -> ConfigLoader.parse("f.yml", "rules: {}\nrulez:\n  x: 1\n", RULES));
        assertEquals("f.yml:2: unknown key 'rulez' (expected: catalog, rules, includeTests, workload, maxFileSize)", top.getMessage());
        InputException rule = assertThrows(InputException.class,
                () -> ConfigLoader.parse("f.yml", "rules:\n  no-such-rule: true\n", RULES));
        assertTrue(rule.getMessage().startsWith("f.yml:2: unknown rule 'no-such-rule'"), rule.getMessage());
        InputException level = assertThrows(InputException.class,
                () -> ConfigLoader.parse("f.yml", "rules:\n  cache-cardinality:\n    level: loud\n", RULES));
        assertTrue(level.getMessage().startsWith("f.yml:3: rules.cache-cardinality.level"), level.getMessage());
        InputException option = assertThrows(InputException.class,
                () -> ConfigLoader.parse("f.yml", "rules:\n  cache-cardinality:\n    factor: 2\n", RULES));
        assertTrue(option.getMessage().startsWith("f.yml:3: unknown key rules.cache-cardinality.factor"),
                option.getMessage());
        InputException effect = assertThrows(InputException.class, () -> ConfigLoader.parse("f.yml",
                "catalog:\n  apis:\n    - types: [X]\n      calls:\n        - effect: teleport\n          methods: [m]\n",
                RULES));
        assertTrue(effect.getMessage().contains("invalid catalog entry"), effect.getMessage());
    }

    @Test
    void emptyFileIsTheDefault() {
        assertTrue(ConfigLoader.parse("f.yml", "", RULES).rules().isEmpty());
    }
}
