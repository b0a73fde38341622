package dev.opsdiff.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** The packed word list answers by binary search: every word it holds, and nothing else (prefixes included). */
    @Test
    void packedWordsFindExactlyTheirWords() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            Set<String> words = new java.util.TreeSet<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                words.add(word(random));
            }
            FactsPack.Words packed = new FactsPack.Words(FactsPack.Words.joined(words));
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
        assertFalse(new FactsPack.Words("").contains("A"));
        assertFalse(new FactsPack.Words("A\nB").contains("A\nB"));
        assertFalse(new FactsPack.Words("A\nB").contains(""));
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
