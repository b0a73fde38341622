package dev.opsdiff.config;

import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code .opsdiff.yml} is untrusted input: a pull request can edit it. */
class UntrustedConfigTest {
    private static final Map<String, Set<String>> RULES = Map.of("cache-cardinality", Set.of(),
            "timeout-change", Set.of("factor"));

    @Test
    void aliasBombIsRejectedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        InputException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThrows(InputException.class, () -> ConfigLoader.parse(".opsdiff.yml", yaml.toString(),
                        RULES)));
        assertTrue(e.getMessage().startsWith(".opsdiff.yml"), e.getMessage());
    }

    @Test
    void oversizedFileIsRejected() {
        String yaml = "rules:\n" + "  # padding\n".repeat(60_000);
        InputException e = assertThrows(InputException.class, () -> ConfigLoader.parse("big.yml", yaml, RULES));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void catastrophicCatalogRegexIsRejectedWithItsLine() {
        String yaml = """
                catalog:
                  apis:
                    - library: Acme
                      types: [com.acme.Client]
                      calls:
                        - effect: remote-call
                          pattern: "(a+)+$"
                """;
        InputException e = assertThrows(InputException.class, () -> ConfigLoader.parse(".opsdiff.yml", yaml, RULES));
        assertTrue(e.getMessage().startsWith(".opsdiff.yml:7: pattern:"), e.getMessage());
        assertTrue(e.getMessage().contains("backtrack"), e.getMessage());
    }

    @Test
    void regexSyntaxErrorNamesTheProblem() {
        assertTrue(SafeRegex.problem("get(").startsWith("invalid regular expression"));
        assertNull(SafeRegex.problem("(get|find)[A-Z]\\w*"));
        assertNull(SafeRegex.problem(".*ByIdIn"));
        assertTrue(SafeRegex.problem("(\\w+\\s?)*$") != null);
    }

    @Test
    void configChangesNameEveryWeakening() {
        Config base = ConfigLoader.parse("base", "rules:\n  timeout-change:\n    factor: 2\n", RULES);
        Config head = ConfigLoader.parse("head", """
                rules:
                  cache-cardinality: false
                  timeout-change:
                    level: note
                    factor: 10
                catalog:
                  apis:
                    - library: In-house cache
                      types: [com.acme.Cache]
                """, RULES);
        List<String> changes = ConfigChanges.describe(base, head,
                Map.of("cache-cardinality", Level.ERROR, "timeout-change", Level.ERROR));
        assertEquals(List.of("disables rule cache-cardinality", "lowers rule timeout-change from error to note",
                "raises timeout-change.factor from 2 to 10", "adds 1 catalog entry (apis: In-house cache)"), changes);
        assertEquals(List.of(), ConfigChanges.describe(head, head, Map.of("cache-cardinality", Level.ERROR)));
    }
}
