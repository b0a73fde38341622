package dev.opsdiff.corpus;

import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conventions every registered rule keeps (STYLE.md): a unique kebab-case id, a one-sentence summary, a doc with
 * the four sections, corpus cases both ways, and a row in the README's rule table.
 */
class RuleConventionsTest {
    private static final List<String> SECTIONS = List.of("## What changed", "## Why it hurts in production",
            "## Example", "## How to fix");

    @Test
    void idsAreUniqueAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (Rule r : Analyzer.discoverRules()) {
            String id = r.descriptor().id();
            assertTrue(id.matches("[a-z]+(-[a-z]+)*"), "kebab-case id: " + id);
            assertTrue(seen.add(id), "duplicate id " + id);
        }
        assertFalse(seen.isEmpty(), "rules are found through ServiceLoader");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsComplete() throws IOException {
        List<CorpusCase> cases = CorpusCase.discover(CorpusTest.CASES);
        String readme = Files.readString(Path.of("..", "README.md"));
        return Analyzer.discoverRules().stream().map(rule -> DynamicTest.dynamicTest(rule.descriptor().id(), () -> {
            RuleDescriptor d = rule.descriptor();
            assertTrue(d.summary().endsWith(".") && d.summary().indexOf(". ") < 0,
                    "one-sentence summary: " + d.summary());
            assertTrue(Set.of("very-high", "high", "medium", "low").contains(d.precision()), d.precision());
            assertTrue(Set.of("error", "warning", "recommendation").contains(d.severity()), d.severity());
            String doc = rule.documentation();
            assertTrue(doc.startsWith("# " + d.id() + "\n"), "doc starts with its id as title");
            for (String section : SECTIONS) {
                assertTrue(doc.contains(section + "\n"), d.id() + " doc lacks " + section);
            }
            long risky = cases.stream().filter(c -> c.group().equals(d.id())).count();
            assertTrue(risky >= 3, d.id() + " has " + risky + " risky corpus cases");
            assertTrue(readme.contains("| `" + d.id() + "` | " + d.level().id() + " | " + d.summary() + " |"),
                    "README rule table row for " + d.id() + " (regenerate with `opsdiff rules --markdown`)");
        }));
    }

    @Test
    void benignCasesExist() throws IOException {
        long benign = CorpusCase.discover(CorpusTest.CASES).stream().filter(CorpusCase::benign).count();
        assertTrue(benign > 0, "benign cases keep false positives measured");
        assertEquals(0, CorpusCase.discover(CorpusTest.CASES).stream()
                .filter(c -> !Files.isRegularFile(c.dir().resolve("README.md"))).count(), "every case has a README");
    }
}
