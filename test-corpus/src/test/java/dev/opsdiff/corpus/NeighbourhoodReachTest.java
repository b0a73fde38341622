package dev.opsdiff.corpus;

import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.FileSystemSnapshots;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The call-reach neighbourhood, and rules run only on pairs with a change on their path, must lose no finding the
 * analysis of every file and every pair finds: each corpus case is analyzed both ways and the findings (rule, place,
 * message) compared.
 */
class NeighbourhoodReachTest {
    private static final List<Rule> RULES = Analyzer.discoverRules();

    @TestFactory
    List<DynamicTest> reachFindsWhatEveryFileFinds() throws IOException {
        return CorpusCase.discover(CorpusTest.CASES).stream()
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> compare(c))).toList();
    }

    private static void compare(CorpusCase c) {
        Path yml = c.dir().resolve("opsdiff.yml");
        Config config = Files.isRegularFile(yml)
                ? dev.opsdiff.config.ConfigLoader.load(yml, Analyzer.ruleOptions(RULES)) : Config.empty();
        Settings reach = Settings.defaults();
        Set<String> byCalls = findings(new Analyzer(RULES, config, reach), c);
        Set<String> everything = findings(new Analyzer(RULES, config, reach.withReach(Settings.Reach.REFERENCE)), c);
        assertEquals(everything, byCalls, c.id());
    }

    private static Set<String> findings(Analyzer analyzer, CorpusCase c) {
        AnalysisResult r = analyzer.analyze(FileSystemSnapshots.directory(c.before()),
                FileSystemSnapshots.directory(c.after()));
        return r.findings().stream().map(NeighbourhoodReachTest::describe).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.location() + " " + f.message() + (f.suppressed() == null ? "" : " (suppressed)");
    }
}
