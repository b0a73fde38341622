package dev.opsdiff.match;

import dev.opsdiff.model.ProgramModel;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static dev.opsdiff.testing.Sources.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherTest {
    private static final String BODY = """
            int total = 0;
            for (Item item : cart.getItems()) {
                total += item.getPrice() * item.getQuantity() - discount(item, cart.getTenant());
            }
            return total;
            """;

    @Test
    void pairsStrictToRelaxedWithEvidence() {
        ProgramModel before = program("a/Cart.java", "package a; class Cart {"
                + " int price(Cart cart) {" + BODY + "}"
                + " int tax(Cart cart, int rate) { return rate * 2; }"
                + " int discount(Item i, String t) { return 0; }"
                + " int legacyTotal(Cart cart) {" + BODY + "} }");
        ProgramModel after = program("b/Moved.java", "package b; class Moved { int legacyTotal(Cart cart) {" + BODY
                + " } }", "a/Cart.java", "package a; class Cart {"
                + " int price(Cart cart) {" + BODY + "}"
                + " int tax(Cart cart, long rate, boolean round) { return (int) rate * 2; }"
                + " int discountFor(Item i, String t) { return 0; }"
                + " int computeTotal(Cart cart, int unused) {" + BODY.replace("total", "sum") + "} }");
        Map<String, MethodPair> byBefore = Matcher.match(before, after).pairs().stream()
                .collect(Collectors.toMap(p -> p.before().name(), p -> p));
        assertEquals(MatchEvidence.SAME_SIGNATURE, byBefore.get("price").evidence());
        assertEquals(MatchEvidence.CHANGED_SIGNATURE, byBefore.get("tax").evidence());
        assertEquals(MatchEvidence.MOVED, byBefore.get("legacyTotal").evidence());
        assertEquals("b.Moved", byBefore.get("legacyTotal").after().declaringType());
        assertFalse(byBefore.containsKey("discount"), "a tiny body is not matched by similarity alone");
    }

    @Test
    void renamedMethodWithSimilarBodyIsPaired() {
        ProgramModel before = program("a/C.java", "package a; class C { int total(Cart cart) {" + BODY + "} }");
        ProgramModel after = program("a/C.java", "package a; class C { int sumOf(Cart cart) {" + BODY + "} }");
        MethodPair p = Matcher.match(before, after).pairs().get(0);
        assertEquals(MatchEvidence.RENAMED, p.evidence());
        assertTrue(p.similarity() > 0.99);
    }

    @Test
    void typeMovedToAnotherPackageIsPairedBySimpleName() {
        ProgramModel before = program("a/PriceClient.java", "package a; class PriceClient { void call() {} }");
        ProgramModel after = program("b/PriceClient.java", "package b; class PriceClient { void call() {} }");
        MethodPair p = Matcher.match(before, after).pairs().get(0);
        assertEquals(MatchEvidence.SAME_SIGNATURE, p.evidence());
        assertEquals("b.PriceClient", p.after().declaringType());
    }
}
