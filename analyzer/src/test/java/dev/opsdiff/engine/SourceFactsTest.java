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
}
