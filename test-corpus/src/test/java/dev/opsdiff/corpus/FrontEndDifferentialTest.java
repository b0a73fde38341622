package dev.opsdiff.corpus;

import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.FileSystemSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Both front ends give the same findings (rule, place, message) on every corpus case: the precise one (Spoon, chosen
 * by a classpath) only adds type facts, and none of these cases needs a library jar, so the facts it adds must not
 * change what is found. The classpath is an empty folder: Spoon then resolves the JDK and the case's own sources.
 */
class FrontEndDifferentialTest {
    private static final List<Rule> RULES = Analyzer.discoverRules();
    private static final AtomicLong PRECISE_MILLIS = new AtomicLong();
    private static final AtomicLong PLAIN_MILLIS = new AtomicLong();

    @TempDir
    static Path emptyClasspath;

    @TestFactory
    List<DynamicTest> bothFrontEndsFindTheSame() throws IOException {
        return CorpusCase.discover(CorpusTest.CASES).stream()
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> compare(c))).toList();
    }

    @AfterAll
    static void report() {
        System.out.printf("front-end differential: JavaParser %d ms, Spoon overlay %d ms (all cases, both sides)%n",
                PLAIN_MILLIS.get(), PRECISE_MILLIS.get());
    }

    private static void compare(CorpusCase c) {
        Path yml = c.dir().resolve("opsdiff.yml");
        Config config = Files.isRegularFile(yml)
                ? dev.opsdiff.config.ConfigLoader.load(yml, Analyzer.ruleOptions(RULES)) : Config.empty();
        Settings plain = Settings.defaults();
        long start = System.nanoTime();
        AnalysisResult javaParser = analyze(new Analyzer(RULES, config, plain), c);
        long middle = System.nanoTime();
        AnalysisResult spoon = analyze(new Analyzer(RULES, config, plain.withClasspath(List.of(emptyClasspath))), c);
        PLAIN_MILLIS.addAndGet((middle - start) / 1_000_000);
        PRECISE_MILLIS.addAndGet((System.nanoTime() - middle) / 1_000_000);
        assertEquals(List.of(), spoon.fallbacks(), c.id() + ": Spoon models every corpus file");
        assertEquals(AnalysisResult.Stats.SPOON, spoon.stats().frontEnd());
        assertEquals(describe(javaParser), describe(spoon), c.id());
    }

    private static AnalysisResult analyze(Analyzer analyzer, CorpusCase c) {
        return analyzer.analyze(FileSystemSnapshots.directory(c.before()), FileSystemSnapshots.directory(c.after()));
    }

    private static Set<String> describe(AnalysisResult r) {
        return r.findings().stream().map(FrontEndDifferentialTest::describe)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.location() + " " + f.message() + (f.suppressed() == null ? "" : " (suppressed)");
    }
}
