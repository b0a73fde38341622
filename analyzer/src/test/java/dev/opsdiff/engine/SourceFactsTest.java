package dev.opsdiff.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFactsTest {
    @Test
    void declaredTypesAreQualifiedByPackageAndEnclosingType() {
        SourceFacts f = SourceFacts.scan("""
                package com.acme.orders;
                /* class NotInComment {} */
                @Service
                public class OrderService extends Base<Order> implements Api, java.io.Closeable {
                    String s = "class NotInString {";
                    Class<?> k = Foo.class;
                    static final class Inner implements Runnable { }
                    record Line(String sku) implements Comparable<Line> { }
                    void m() { Object record = null; int x = record.hashCode(); }
                    enum State { A { void f() { } }, B }
                }
                @interface Marker { }
                """);
        assertEquals("com.acme.orders", f.packageName());
        List<String> names = f.types().stream().map(SourceFacts.DeclaredType::qualifiedName).toList();
        assertEquals(List.of("com.acme.orders.OrderService", "com.acme.orders.OrderService.Inner",
                "com.acme.orders.OrderService.Line", "com.acme.orders.OrderService.State", "com.acme.orders.Marker"),
                names);
        assertTrue(f.types().get(0).supertypeWords().containsAll(Set.of("Base", "Order", "Api", "Closeable")));
        assertTrue(f.words().containsAll(Set.of("OrderService", "NotInComment", "NotInString", "Foo")));
        assertFalse(f.words().contains("record"));
    }

    @Test
    void flagsConfigurationReadersAndMapperScans() {
        assertTrue(SourceFacts.scan("class A { @Value(\"${x}\") int x; }").readsConfig());
        assertTrue(SourceFacts.scan("@MapperScan(\"a.b\") class App { }").registersMappers());
        assertFalse(SourceFacts.scan("class A { }").readsConfig());
    }

    @Test
    void garbageNeverFails() {
        for (String text : List.of("", "\"", "'", "/*", "class", "class {", "\"\"\"", "}}}}{{{", "record R(",
                "package ;", "\u0000\uFFFF\uD800", "class A extends")) {
            SourceFacts.scan(text);
        }
        StringBuilder deep = new StringBuilder("class A {");
        deep.append("{".repeat(100_000)).append("}".repeat(100_000)).append("}");
        assertEquals(1, SourceFacts.scan(deep.toString()).types().size());
    }

    /** The pack reads back what it wrote, and anything cut short is an error, not wrong facts. */
    @Test
    void packReadsBackEqualAndRejectsTruncation() throws java.io.IOException {
        Map<String, SourceFacts> facts = new java.util.LinkedHashMap<>();
        facts.put("git:1", SourceFacts.scan("package a.b;\nimport x.Y;\n@MapperScan(\"p\") class Base extends Order "
                + "implements Api, Closeable { String k = env.getProperty(\"k\"); class Inner {} }\n"));
        facts.put("git:2", SourceFacts.scan("class Plain { }\n"));
        facts.put("git:3", SourceFacts.scan(""));
        byte[] bytes = FactsPack.encode(facts);
        Map<String, SourceFacts> read = FactsPack.decode(bytes);
        assertEquals(facts, read);
        assertEquals(facts.get("git:1").words(), read.get("git:1").words());
        for (int cut : new int[] {3, 9, bytes.length / 2, bytes.length - 1}) {
            assertThrows(java.io.IOException.class, () -> FactsPack.decode(java.util.Arrays.copyOf(bytes, cut)),
                    "cut at " + cut);
        }
    }

    /** The packed word list answers by binary search: every word it holds, and nothing else (prefixes included). */
    @Test
    void packedWordsFindExactlyTheirWords() throws java.io.IOException {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            Set<String> words = new java.util.TreeSet<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                words.add(word(random));
            }
            FactsPack.Words packed = FactsPack.Words.ofFramed(FactsPack.Words.framed(words));
            assertEquals(words.size(), packed.size());
            for (String w : words) {
                assertTrue(packed.contains(w), w + " in " + words);
                assertFalse(packed.contains(w + "x") && !words.contains(w + "x"), w + "x");
                if (w.length() > 1) {
                    String prefix = w.substring(0, w.length() - 1);
                    assertEquals(words.contains(prefix), packed.contains(prefix), prefix + " in " + words);
                }
            }
            for (int i = 0; i < 20; i++) {
                String probe = word(random);
                assertEquals(words.contains(probe), packed.contains(probe), probe + " in " + words);
            }
        }
        assertFalse(FactsPack.Words.ofFramed("\n\n").contains("A"));
        assertFalse(FactsPack.Words.ofFramed("\nA\nB\n").contains("A\nB"));
        assertFalse(FactsPack.Words.ofFramed("\nA\nB\n").contains(""));
        assertThrows(java.io.IOException.class, () -> FactsPack.Words.ofFramed("A\nB"), "not framed");
    }

    private static String word(java.util.Random random) {
        String letters = "ABab_$Z9";
        StringBuilder b = new StringBuilder();
        int len = 1 + random.nextInt(4);
        for (int i = 0; i < len; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
