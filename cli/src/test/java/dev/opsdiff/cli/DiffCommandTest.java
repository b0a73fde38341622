package dev.opsdiff.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code diff} command end to end through {@link Main#run}: exit codes, messages, bad input. */
class DiffCommandTest {
    @TempDir
    static Path dir;
    static Path before;
    static Path after;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void writeRiskyChange() throws IOException {
        before = dir.resolve("before");
        after = dir.resolve("after");
        write(before, "shop/Orders.java", """
                package shop;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                class Orders {
                    private final CustomerRepository customers;
                    Orders(CustomerRepository customers) { this.customers = customers; }
                    List<Customer> load(List<Long> ids) {
                        return customers.findAllById(ids);
                    }
                }
                interface CustomerRepository extends JpaRepository<Customer, Long> {}
                """);
        write(after, "shop/Orders.java", """
                package shop;
                import java.util.ArrayList;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                class Orders {
                    private final CustomerRepository customers;
                    Orders(CustomerRepository customers) { this.customers = customers; }
                    List<Customer> load(List<Long> ids) {
                        List<Customer> out = new ArrayList<>();
                        for (Long id : ids) {
                            customers.findById(id).ifPresent(out::add);
                        }
                        return out;
                    }
                }
                interface CustomerRepository extends JpaRepository<Customer, Long> {}
                """);
    }

    static void write(Path root, String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void riskyChangeExitsOneWithTheFindingAndItsPath() {
        Run r = run("diff", before.toString(), after.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("shop/Orders.java:11:"), r.out());
        assertTrue(r.out().contains("[query-fanout]"), r.out());
        assertTrue(r.out().contains("replaces the batch call `CustomerRepository.findAllById`"), r.out());
    }

    @Test
    void failOnNeverAndDisableChangeTheExitCode() {
        assertEquals(0, run("diff", before.toString(), after.toString(), "--fail-on", "never").code());
        Run disabled = run("diff", before.toString(), after.toString(), "--disable", "query-fanout");
        assertEquals(0, disabled.code());
        assertTrue(disabled.out().contains("no risky changes found"), disabled.out());
    }

    @Test
    void identicalTreesExitZero() {
        Run r = run("diff", before.toString(), before.toString());
        assertEquals(0, r.code());
        assertEquals("opsdiff: no risky changes found\n", r.out());
    }

    @Test
    void twoSingleFilesArePairedAsOneFile() {
        Run r = run("diff", before.resolve("shop/Orders.java").toString(), after.resolve("shop/Orders.java").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Orders.java:11:"), r.out());
    }

    @Test
    void missingPathIsOneLineAndExitTwo() {
        Run r = run("diff", dir.resolve("nope").toString(), after.toString());
        assertEquals(2, r.code());
        assertEquals("opsdiff: no such file or directory: " + dir.resolve("nope") + "\n", r.err());
    }

    @Test
    void unknownOptionIsOneLineAndExitTwo() {
        Run r = run("diff", before.toString(), after.toString(), "--frobnicate");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
        Run level = run("diff", before.toString(), after.toString(), "--fail-on", "loud");
        assertEquals(2, level.code());
        assertTrue(level.err().contains("expected error, warning, note or never"), level.err());
    }

    @Test
    void unparseableFileIsReportedAndTheRestStillAnalyzed(@TempDir Path tmp) throws IOException {
        Path b = tmp.resolve("b");
        Path a = tmp.resolve("a");
        copy(before, b);
        copy(after, a);
        write(a, "shop/Broken.java", "package shop; class Broken { void m( { }");
        Run r = run("diff", b.toString(), a.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("[query-fanout]"), "other findings still come out: " + r.out());
        assertTrue(r.err().contains("could not parse shop/Broken.java"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badConfigIsOneLineNamingTheLine(@TempDir Path tmp) throws IOException {
        Path config = tmp.resolve("bad.yml");
        Files.writeString(config, "rules:\n  cache-cardinality:\n    levle: warning\n");
        Run r = run("diff", before.toString(), after.toString(), "--config", config.toString());
        assertEquals(2, r.code());
        assertEquals("opsdiff: " + config + ":3: unknown key rules.cache-cardinality.levle (expected: enabled, level)\n",
                r.err());
    }

    @Test
    void rulesListsEveryRuleAndPrintsDocs() {
        Run r = run("rules");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("cache-cardinality"), r.out());
        assertTrue(r.out().contains("query-fanout"), r.out());
        Run doc = run("rules", "query-fanout");
        assertTrue(doc.out().contains("## Why it hurts in production"), doc.out());
        assertEquals(2, run("rules", "no-such-rule").code());
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().startsWith("opsdiff "));
        Run help = run("diff", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--fail-on"), help.out());
    }

    static void copy(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
