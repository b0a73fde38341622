package dev.opsdiff.corpus;

import dev.opsdiff.config.Config;
import dev.opsdiff.config.ConfigLoader;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.FileSystemSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every corpus case through the real engine and rules. A case passes when its findings match its
 * {@code // expect:} markers exactly (rule and line); an unmarked finding is a false positive.
 */
class CorpusTest {
    static final Path CASES = Path.of("cases");
    private static final Scoreboard SCORES = new Scoreboard();
    private static final AtomicLong MILLIS = new AtomicLong();
    private static final List<Rule> RULES = Analyzer.discoverRules();

    @TestFactory
    List<DynamicTest> corpus() throws IOException {
        List<CorpusCase> cases = CorpusCase.discover(CASES);
        assertFalse(cases.isEmpty(), "no corpus cases under " + CASES.toAbsolutePath());
        Set<String> ruleIds = RULES.stream().map(r -> r.descriptor().id()).collect(Collectors.toSet());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c, ruleIds))).toList();
    }

    private void run(CorpusCase c, Set<String> ruleIds) {
        assertTrue(c.benign() || ruleIds.contains(c.group()), "case folder names no known rule: " + c.group());
        assertTrue(Files.isDirectory(c.before()) && Files.isDirectory(c.after()), c.id() + " needs before/ and after/");
        assertTrue(Files.isRegularFile(c.dir().resolve("README.md")), c.id() + " needs a README.md");
        SCORES.caseOf(c);
        Set<CorpusCase.Mark> expected = c.expected();
        if (c.benign()) {
            assertTrue(expected.isEmpty(), "a benign case carries no expect markers: " + c.id());
        } else {
            assertTrue(expected.stream().anyMatch(m -> m.rule().equals(c.group())),
                    "a risky case marks at least one finding of its rule: " + c.id());
        }
        long start = System.nanoTime();
        AnalysisResult result = new Analyzer(RULES, config(c), Settings.defaults())
                .analyze(FileSystemSnapshots.directory(c.before()), FileSystemSnapshots.directory(c.after()));
        MILLIS.addAndGet((System.nanoTime() - start) / 1_000_000);
        assertEquals(List.of(), result.problems(), "corpus sources must parse");
        SarifCheck.assertValidAndDeterministic(result, c.id());
        Set<CorpusCase.Mark> actual = new TreeSet<>();
        Map<CorpusCase.Mark, Finding> byMark = new java.util.HashMap<>();
        for (Finding f : result.findings()) {
            if (f.suppressed() == null) {
                CorpusCase.Mark m = new CorpusCase.Mark(f.ruleId(), f.location().path(), f.location().line());
                actual.add(m);
                byMark.put(m, f);
            }
        }
        StringBuilder problems = new StringBuilder();
        for (CorpusCase.Mark m : actual) {
            if (expected.contains(m)) {
                SCORES.tp(m.rule());
            } else {
                SCORES.fp(m.rule());
                problems.append("\n  false positive ").append(m).append(": ").append(byMark.get(m).message());
            }
        }
        for (CorpusCase.Mark m : expected) {
            if (!actual.contains(m)) {
                SCORES.fn(m.rule());
                problems.append("\n  missed ").append(m);
            }
        }
        if (!problems.isEmpty()) {
            fail(c.id() + ":" + problems);
        }
    }

    /** A case may carry its own configuration as {@code opsdiff.yml} next to its README. */
    private static Config config(CorpusCase c) {
        Path file = c.dir().resolve("opsdiff.yml");
        return Files.isRegularFile(file) ? ConfigLoader.load(file, Analyzer.ruleOptions(RULES)) : Config.empty();
    }

    @AfterAll
    static void printTable() {
        System.out.println(SCORES.table(MILLIS.get()));
    }
}
