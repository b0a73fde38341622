package dev.opsdiff.resolve;

import dev.opsdiff.model.MethodModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Callers found by the name they call, then confirmed by the resolution every summary uses. */
class CallersOfTest {
    @Test
    void callersThroughTheirOwnTypeAndAnInterfaceButNotAHomonym() {
        ResolvedProgram p = resolved("shop/Store.java", """
                package shop;
                interface Store { void save(String s); }
                """, "shop/DbStore.java", """
                package shop;
                class DbStore implements Store {
                    DbStore() { }
                    public void save(String s) { }
                }
                """, "shop/Cart.java", """
                package shop;
                class Cart {
                    private final Store store = new DbStore();
                    void checkout(String s) { store.save(s); }
                    void again(String s) { checkout(s); }
                    void other(java.util.List<String> xs) { xs.add("save"); }
                }
                """, "shop/Files.java", """
                package shop;
                class Files {
                    void save(String s) { }
                    void keep(Files f) { f.save("x"); }
                }
                """);
        assertEquals(List.of("checkout"), names(p.callersOf(method(p.program(), "DbStore", "save"))),
                "through the interface, not Files.keep's save of another type");
        assertEquals(List.of("again"), names(p.callersOf(method(p.program(), "Cart", "checkout"))));
        assertEquals(List.of("keep"), names(p.callersOf(method(p.program(), "Files", "save"))));
        assertEquals(List.of(), names(p.callersOf(method(p.program(), "Cart", "again"))));
    }

    private static List<String> names(List<MethodModel> methods) {
        return methods.stream().map(MethodModel::name).toList();
    }
}
