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
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases only a classpath resolves ({@code classpath-cases/<rule-id or benign>/<name>/{before,after,lib}}, the corpus
 * format plus {@code lib/}: the sources of the library jar the project compiles against). The test compiles
 * {@code lib/} into a jar in a temporary folder, then: with the jar as classpath (the Spoon front end) the findings
 * match the {@code // expect:} markers exactly; without it (the JavaParser front end) a risky case's markers are
 * all missed — otherwise the case would belong in {@code cases/}; a benign case is silent both ways. A case whose
 * AFTER lines carry {@code // without-classpath: <rule-id>} markers shows the classpath removing an
 * over-approximation: without it the findings are exactly those markers.
 */
class ClasspathCasesTest {
    static final Path CASES = Path.of("classpath-cases");
    private static final List<Rule> RULES = Analyzer.discoverRules();

    @TempDir
    static Path jars;

    @TestFactory
    List<DynamicTest> onlyTheClasspathResolves() throws IOException {
        List<CorpusCase> cases = CorpusCase.discover(CASES);
        assertTrue(cases.size() >= 6, "classpath cases under " + CASES.toAbsolutePath());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c))).toList();
    }

    private static void run(CorpusCase c) throws IOException {
        assertTrue(Files.isRegularFile(c.dir().resolve("README.md")), c.id() + " needs a README.md");
        Path jar = jarOf(c.dir().resolve("lib"), jars.resolve(c.group() + "-" + c.name() + ".jar"));
        Set<CorpusCase.Mark> expected = c.expected();
        assertEquals(c.benign(), expected.isEmpty(), c.id() + ": markers only in risky cases");

        AnalysisResult precise = analyze(c, Settings.defaults().withClasspath(List.of(jar)));
        assertEquals(AnalysisResult.Stats.SPOON, precise.stats().frontEnd());
        assertEquals(List.of(), precise.fallbacks(), c.id() + ": Spoon models every file");
        assertEquals(expected, marks(precise), c.id() + " with the jar on the classpath");

        Set<CorpusCase.Mark> plain = marks(analyze(c, Settings.defaults()));
        Set<CorpusCase.Mark> overApproximated = c.expectedWithoutClasspath();
        if (!overApproximated.isEmpty()) {
            // The classpath removes what the declarations leave ambiguous (the overload a call chooses).
            assertEquals(overApproximated, plain, c.id() + " without a classpath: the marked over-approximation");
            return;
        }
        Set<CorpusCase.Mark> found = new TreeSet<>(plain);
        found.retainAll(expected);
        assertEquals(Set.of(), found, c.id() + ": the declarations-only front end should miss these");
        if (c.benign()) {
            assertEquals(Set.of(), plain, c.id() + " without a classpath");
        }
    }

    private static AnalysisResult analyze(CorpusCase c, Settings settings) {
        return new Analyzer(RULES, Config.empty(), settings)
                .analyze(FileSystemSnapshots.directory(c.before()), FileSystemSnapshots.directory(c.after()));
    }

    private static Set<CorpusCase.Mark> marks(AnalysisResult r) {
        Set<CorpusCase.Mark> out = new TreeSet<>();
        for (Finding f : r.findings()) {
            if (f.suppressed() == null) {
                out.add(new CorpusCase.Mark(f.ruleId(), f.location().path(), f.location().line()));
            }
        }
        return out;
    }

    /** Compiles the library sources with the running JDK's compiler and packs the classes into {@code jar}. */
    static Path jarOf(Path sources, Path jar) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createTempDirectory(jar.getParent(), "classes");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(diagnostics, fm, null, List.of("-d", classes.toString(), "--release", "17"),
                    null, fm.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(ok, "library sources of " + sources + " compile:\n" + diagnostics);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return jar;
    }
}
