package dev.opsdiff.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input no one should have to write, found in real trees: binary and non-UTF-8 {@code .java}, nesting that overflows
 * the parser's stack, a file over the size limit, a symlink loop and a dangling link. Each ends as a notification
 * (or is passed over) while the real change is still reported; never exit 3, never a hang.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void everyHostileFileIsANotificationAndTheRiskyChangeIsStillReported() throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        String risky = """
                package shop;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                class Orders {
                    private final CustomerRepository customers;
                    Orders(CustomerRepository customers) { this.customers = customers; }
                    int load(List<Long> ids) {
                        int n = 0;
                        %s
                        return n;
                    }
                }
                interface CustomerRepository extends JpaRepository<Customer, Long> {}
                record Customer(Long id) {}
                """;
        write(before, "shop/Orders.java", risky.formatted("n += customers.findAllById(ids).size();"));
        write(after, "shop/Orders.java",
                risky.formatted("for (Long id : ids) { n += customers.findById(id).isPresent() ? 1 : 0; }"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.createDirectories(after.resolve("gen"));
        Files.write(after.resolve("gen/Binary.java"), noise);
        Files.write(after.resolve("gen/Latin1.java"),
                "package gen; class Latin1 { String s = \"caf\u00e9\"; }\n".getBytes(StandardCharsets.ISO_8859_1));
        write(after, "gen/Deep.java", "package gen; class Deep { int f() { return " + "(".repeat(20_000) + "1"
                + ")".repeat(20_000) + "; } }\n");
        write(after, "gen/Big.java", "package gen; class Big {\n" + bigBody() + "}\n");
        Path config = dir.resolve("opsdiff.yml");
        Files.writeString(config, "maxFileSize: 64KB\n");
        Files.createSymbolicLink(after.resolve("gen/loop"), after);
        Files.createSymbolicLink(after.resolve("gen/Dangling.java"), dir.resolve("nowhere/Missing.java"));

        DiffCommandTest.Run r = DiffCommandTest.run("diff", before.toString(), after.toString(),
                "--config", config.toString(), "--fail-on", "never");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[query-fanout]"), "the real change is still analyzed:\n" + r.out());
        assertTrue(r.err().contains("gen/Binary.java"), r.err());
        assertTrue(r.err().contains("gen/Deep.java"), r.err());
        assertTrue(r.err().contains("gen/Big.java") && r.err().contains("maxFileSize"), r.err());
        assertFalse(r.err().contains("Exception in thread") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
    }

    private static String bigBody() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            s.append("  int x").append(i).append(" = ").append(i).append(";\n");
        }
        return s.toString();
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
