package dev.opsdiff.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workload sizes declared in {@code .opsdiff.yml} turn the bundled example's "once per element of
 * `cart.getItems()`" into calls per request, in every report, and {@code --fail-above-calls} decides the exit code.
 */
class WorkloadEstimateTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "pricing");
    private static final String SENTENCE = "≈80 Redis GETs per request at p95 (before: 1)";

    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        Path file = dir.resolve("opsdiff.yml");
        Files.writeString(file, text);
        return file;
    }

    private Path cartSizes() throws IOException {
        return config("workload:\n  sizes:\n    - collection: cart.getItems()\n      p50: 12\n      p95: 80\n");
    }

    private static DiffCommandTest.Run diff(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "diff";
        args[1] = EXAMPLE.resolve("before").toString();
        args[2] = EXAMPLE.resolve("after").toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return DiffCommandTest.run(args);
    }

    @Test
    void everyReportSaysCallsPerRequest() throws IOException {
        Path config = cartSizes();
        Path sarif = dir.resolve("out.sarif");
        Path markdown = dir.resolve("out.md");
        DiffCommandTest.Run r = diff("--config", config.toString(), "--sarif-output", sarif.toString(),
                "--markdown-output", markdown.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("`cart.getItems()` (before: once per call of `PricingService.price`): " + SENTENCE),
                r.out());
        String s = Files.readString(sarif);
        assertTrue(s.contains(SENTENCE), s);
        assertTrue(s.replaceAll("\\s", "").contains("\"p95\":80"), "SARIF properties carry the estimate");
        String md = Files.readString(markdown);
        assertTrue(md.contains(SENTENCE), md);
        assertTrue(md.contains("| ≈12 / ≈80 Redis GETs | 1 | `cache-cardinality` |"), "summary table: " + md);
    }

    @Test
    void withoutSizesTheFindingSaysPerElement() {
        DiffCommandTest.Run r = diff();
        assertTrue(r.out().contains("now runs once per element of `cart.getItems()`"), r.out());
        assertFalse(r.out().contains("≈"), r.out());
    }

    @Test
    void aSizeForAnotherCollectionEstimatesNothing() throws IOException {
        DiffCommandTest.Run r = diff("--config",
                config("workload:\n  sizes:\n    - member: lines\n      p50: 3\n      p95: 9\n").toString());
        assertFalse(r.out().contains("≈"), r.out());
    }

    @Test
    void aMemberSizeMatchesItsGetter() throws IOException {
        DiffCommandTest.Run r = diff("--config",
                config("workload:\n  sizes:\n    - member: Cart.items\n      p50: 5\n      p95: 40\n").toString());
        assertTrue(r.out().contains("≈40 Redis GETs per request at p95 (before: 1)"), r.out());
    }

    @Test
    void failAboveCallsDecidesTheExitCode() throws IOException {
        String config = cartSizes().toString();
        assertEquals(0, diff("--config", config, "--fail-above-calls", "80").code(), "80 calls is not above 80");
        assertEquals(1, diff("--config", config, "--fail-above-calls", "79").code());
        Path inConfig = config("workload:\n  failAboveCalls: 100\n  sizes:\n    - collection: cart.getItems()\n"
                + "      p50: 12\n      p95: 80\n");
        assertEquals(0, diff("--config", inConfig.toString()).code());
    }

    @Test
    void badSizesAreAOneLineConfigurationError() throws IOException {
        DiffCommandTest.Run both = diff("--config", config("workload:\n  sizes:\n    - collection: a.b()\n"
                + "      member: b\n      p50: 1\n      p95: 2\n").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("either a collection"), both.err());
        DiffCommandTest.Run order = diff("--config", config("workload:\n  sizes:\n    - member: items\n"
                + "      p50: 9\n      p95: 2\n").toString());
        assertEquals(2, order.code());
        assertTrue(order.err().contains("1 <= p50 <= p95"), order.err());
        DiffCommandTest.Run typo = diff("--config", config("workload:\n  size: []\n").toString());
        assertEquals(2, typo.code());
        assertEquals(1, typo.err().strip().lines().count(), typo.err());
    }
}
