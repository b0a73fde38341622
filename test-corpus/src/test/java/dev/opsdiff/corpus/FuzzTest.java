package dev.opsdiff.corpus;

import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz target over the front end and the engine: the BEFORE side of a corpus case with one file mutated (cut,
 * duplicated, spliced with tokens that open and close scopes, truncated, lines swapped), analysed as AFTER against
 * the original and as BEFORE against it,
 * and arbitrary bytes written as a {@code .java} file. Whatever the input, the analysis returns a result: an input it
 * cannot read is a parse problem, never an exception. jqwik shrinks a failing input to a small one; every crash found
 * becomes a regression case below or in the corpus. Tries: {@code jqwik.tries.default} (200 here, raise it with
 * {@code -Djqwik.tries.default=N} for a long run, README "Fuzzing").
 */
class FuzzTest {
    private static final List<Rule> RULES = Analyzer.discoverRules();
    private static final List<List<SourceFile>> SEEDS = seeds();
    /** Fragments that break structure where parsers and walkers are weakest: scopes, strings, comments, lambdas. */
    private static final List<String> TOKENS = List.of("{", "}", "(", ")", ";", "\"", "'", "/*", "*/", "//", "\n",
            "->", "::", "<", ">", "@", "@Cacheable(\"x\")", "@Transactional", "synchronized", "for (var x : xs) {",
            "while (true) {", "try {", "} catch (Exception e) {", "} finally {", "if (a == null) return;", "return;",
            "switch (x) { case 1 -> ", "yield 1;", "record R(int a) {}", "enum E { A, B; }", "class C {",
            "interface I {", "new Object() {", "x -> {", "this.", "super.", "\u0000", "\uFFFF", "\uD800",
            "redis.opsForValue().get(k)", "repository.findById(id)", "Thread.sleep(1000);",
            "future.get(5, TimeUnit.SECONDS)", "\"\"\"\n", "0x", "1e", "'\\u", "\\");

    private enum Op { DELETE, DUPLICATE, INSERT, TRUNCATE, SWAP_LINES }

    private record Mutation(Op op, int at, int length, int token) {
    }

    private record Case(int seed, List<Mutation> mutations, boolean mutateBefore) {
    }

    @Property
    void mutatedJavaNeverCrashesTheAnalysis(@ForAll("cases") Case c) {
        List<SourceFile> side = SEEDS.get(c.seed() % SEEDS.size());
        SourceFile seed = side.get(c.mutations().get(0).at() % side.size());
        String mutated = apply(seed.text(), c.mutations());
        List<SourceFile> original = side;
        List<SourceFile> changed = side.stream()
                .map(f -> f == seed ? SourceFile.of(f.path(), mutated) : f).toList();
        AnalysisResult result = analyze(Snapshot.of("before", c.mutateBefore() ? changed : original),
                Snapshot.of("after", c.mutateBefore() ? original : changed));
        assertNotNull(result.findings());
        // Only the mutated file can be a problem: one broken file never costs the rest of the analysis.
        assertTrue(result.problems().stream().allMatch(p -> p.path().equals(seed.path())),
                () -> result.problems().toString());
    }

    @Property(tries = 60)
    void arbitraryBytesAreAParseProblem(@ForAll byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("opsdiff-fuzz");
        try {
            Path before = Files.createDirectories(dir.resolve("before"));
            Path after = Files.createDirectories(dir.resolve("after"));
            Files.writeString(before.resolve("Fuzz.java"), "class Fuzz {}\n");
            Files.write(after.resolve("Fuzz.java"), bytes);
            AnalysisResult result = analyze(FileSystemSnapshots.directory(before),
                    FileSystemSnapshots.directory(after));
            // Only the fuzzed file can be a problem, said with a message a user can act on.
            assertTrue(result.problems().stream().allMatch(p -> p.path().endsWith("Fuzz.java")
                    && p.message() != null && !p.message().isBlank()), () -> result.problems().toString());
        } finally {
            deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Op.class),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, TOKENS.size() - 1)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, 1 << 20), mutation.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.of(true, false)).as(Case::new);
    }

    private static String apply(String text, List<Mutation> mutations) {
        StringBuilder s = new StringBuilder(text);
        for (Mutation m : mutations) {
            int at = s.isEmpty() ? 0 : m.at() % s.length();
            int end = Math.min(s.length(), at + m.length());
            switch (m.op()) {
                case DELETE -> s.delete(at, end);
                case DUPLICATE -> s.insert(end, s.substring(at, end));
                case INSERT -> s.insert(at, TOKENS.get(m.token()));
                case TRUNCATE -> s.setLength(at);
                case SWAP_LINES -> {
                    List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
                    if (lines.size() > 1) {
                        int a = m.at() % lines.size();
                        int b = m.length() % lines.size();
                        String tmp = lines.get(a);
                        lines.set(a, lines.get(b));
                        lines.set(b, tmp);
                        s = new StringBuilder(String.join("\n", lines));
                    }
                }
            }
        }
        return s.toString();
    }

    private static AnalysisResult analyze(Snapshot before, Snapshot after) {
        return new Analyzer(RULES, Config.empty(), Settings.defaults()).analyze(before, after);
    }

    /** The BEFORE side of every corpus case, its files together: real Java of every shape the rules read. */
    private static List<List<SourceFile>> seeds() {
        try (Stream<Path> dirs = Files.walk(CorpusTest.CASES, 3)) {
            List<List<SourceFile>> out = new ArrayList<>();
            for (Path before : dirs.filter(d -> d.getFileName().toString().equals("before") && Files.isDirectory(d))
                    .sorted().toList()) {
                List<SourceFile> files = new ArrayList<>();
                try (Stream<Path> all = Files.walk(before)) {
                    for (Path p : all.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        files.add(SourceFile.of(before.relativize(p).toString(), Files.readString(p)));
                    }
                }
                if (!files.isEmpty()) {
                    out.add(List.copyOf(files));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @AfterContainer
    static void done() {
        System.out.println("fuzz: " + SEEDS.size() + " corpus cases as seeds");
    }
}
