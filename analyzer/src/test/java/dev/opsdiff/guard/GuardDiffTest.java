package dev.opsdiff.guard;

import dev.opsdiff.match.Matcher;
import dev.opsdiff.match.Matching;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.resolve.ResolvedProgram;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.opsdiff.testing.Sources.CATALOG;
import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What counts as a guard lost between BEFORE and AFTER, and what is an equivalent. */
class GuardDiffTest {
    private static final String LISTENER_HEAD = """
            package shop;
            import java.util.Set;
            import org.springframework.dao.DuplicateKeyException;
            import org.springframework.kafka.annotation.KafkaListener;
            class Svc {
                private Set<String> processed;
                private OrderRepository orders;
                @KafkaListener(topics = "orders")
            """;

    private static List<LostGuard> lost(String beforeBody, String afterBody) {
        return lost(LISTENER_HEAD + beforeBody + "\n}", LISTENER_HEAD + afterBody + "\n}", "handle");
    }

    private static List<LostGuard> lost(String beforeSvc, String afterSvc, String methodName) {
        ProgramModel b = program(files(beforeSvc));
        ProgramModel a = program(files(afterSvc));
        Matching matching = Matcher.match(b, a);
        GuardDiff diff = new GuardDiff(new ProtectionAnalysis(new ResolvedProgram(b, CATALOG), CATALOG, true),
                new ProtectionAnalysis(new ResolvedProgram(a, CATALOG), CATALOG, false), matching);
        MethodPair pair = matching.ofAfter(method(a, "Svc", methodName)).orElseThrow();
        return diff.lost(pair);
    }

    private static String[] files(String svc) {
        return new String[] {"shop/OrderRepository.java", ProtectionAnalysisTest.REPO, "shop/Order.java",
                ProtectionAnalysisTest.ORDER, "shop/OrderStatus.java", ProtectionAnalysisTest.STATUS, "shop/Svc.java",
                svc};
    }

    private static LostGuard only(List<LostGuard> lost) {
        assertEquals(1, lost.size(), () -> "expected one lost guard, got " + lost);
        return lost.get(0);
    }

    @Test
    void removedGuardIsLostAtTheEffect() {
        LostGuard l = only(lost("""
                    void handle(Order order) {
                        if (processed.contains(order.getId())) { return; }
                        orders.save(order);
                        processed.add(order.getId());
                    }
                """, """
                    void handle(Order order) {
                        orders.save(order);
                        processed.add(order.getId());
                    }
                """));
        assertEquals(LostGuard.Change.REMOVED, l.change());
        assertEquals("processed.contains(order.getId())", l.guard().text());
        assertEquals("save", l.after().first().site().name());
        assertNull(l.counterpart());
    }

    @Test
    void guardMovedAfterTheEffect() {
        LostGuard l = only(lost("""
                    void handle(Order order) {
                        if (orders.existsById(order.getId())) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order) {
                        orders.save(order);
                        if (orders.existsById(order.getId())) { return; }
                    }
                """));
        assertEquals(LostGuard.Change.MOVED_AFTER, l.change());
        assertTrue(l.counterpart().location().line() > l.after().first().site().location().line(),
                "the counterpart is the same check, now below the save");
    }

    @Test
    void claimWhoseResultIsIgnored() {
        LostGuard l = only(lost("""
                    void handle(Order order) {
                        if (!processed.add(order.getId())) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order) {
                        processed.add(order.getId());
                        orders.save(order);
                    }
                """));
        assertEquals(LostGuard.Change.RESULT_IGNORED, l.change());
        assertEquals("processed.add(order.getId())", l.counterpart().text());
    }

    @Test
    void checkOnAnotherKey() {
        LostGuard l = only(lost("""
                    void handle(Order order, String requestId) {
                        if (processed.contains(requestId)) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order, String requestId) {
                        if (processed.contains(order.getId())) { return; }
                        orders.save(order);
                    }
                """));
        assertEquals(LostGuard.Change.OTHER_KEY, l.change());
        assertEquals("order.getId()", l.counterpart().keyText());
    }

    @Test
    void aKeyTheModelCannotExpandIsNotCalledAnotherKey() {
        assertEquals(List.of(), lost("""
                    void handle(Order order, String requestId) {
                        if (processed.contains(requestId)) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order, String requestId) {
                        String dedupeKey = "order-" + requestId;
                        if (processed.contains(dedupeKey)) { return; }
                        orders.save(order);
                    }
                """), "a local built without a call may hold the same value");
        LostGuard fresh = only(lost("""
                    void handle(Order order, String requestId) {
                        if (processed.contains(requestId)) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order, String requestId) {
                        if (processed.contains(java.util.UUID.randomUUID().toString())) { return; }
                        orders.save(order);
                    }
                """));
        assertEquals(LostGuard.Change.OTHER_KEY, fresh.change(), "a fresh key per call never matches a repeat");
    }

    @Test
    void atomicClaimReplacedByCheckThenAct() {
        LostGuard l = only(lost("""
                    void handle(Order order) {
                        if (!processed.add(order.getId())) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order) {
                        if (processed.contains(order.getId())) { return; }
                        orders.save(order);
                        processed.add(order.getId());
                    }
                """));
        assertEquals(LostGuard.Change.NOT_ATOMIC, l.change());
        assertEquals(GuardKind.DEDUPE, l.counterpart().kind());
    }

    @Test
    void equivalentReplacementsAreNotLost() {
        String containsThenAdd = """
                    void handle(Order order) {
                        if (processed.contains(order.getId())) { return; }
                        orders.save(order);
                        processed.add(order.getId());
                    }
                """;
        assertEquals(List.of(), lost(containsThenAdd, """
                    void handle(Order order) {
                        if (!processed.add(order.getId())) { return; }
                        orders.save(order);
                    }
                """), "contains + add became an atomic add");
        assertEquals(List.of(), lost("""
                    void handle(Order order) {
                        if (orders.existsById(order.getId())) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order) {
                        try { orders.save(order); } catch (DuplicateKeyException alreadyThere) { return; }
                    }
                """), "existsById became a unique key whose violation is caught");
        assertEquals(List.of(), lost(containsThenAdd, """
                    void handle(Order incoming) {
                        if (seen(incoming)) { return; }
                        orders.save(incoming);
                        processed.add(incoming.id());
                    }
                    private boolean seen(Order o) { return processed.contains(o.getId()); }
                """), "renamed parameter, check extracted into a helper that still runs first");
    }

    @Test
    void anotherGuardOfTheSameFamilyStillProtects() {
        assertEquals(List.of(), lost("""
                    void handle(Order order, String messageId) {
                        if (orders.existsById(order.getId())) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order, String messageId) {
                        if (!processed.add(messageId)) { return; }
                        orders.save(order);
                    }
                """), "a message-id dedupe replacing an entity lookup still stops the repeat");
    }

    @Test
    void aNewPathToTheEffectHasNoGuardToLose() {
        assertEquals(List.of(), lost("""
                    void handle(Order order, String type) {
                        created(order);
                    }
                    private void created(Order order) {
                        if (orders.existsById(order.getId())) { return; }
                        orders.save(order);
                    }
                """, """
                    void handle(Order order, String type) {
                        if (type.equals("UPGRADED")) {
                            upgraded(order);
                        } else {
                            created(order);
                        }
                    }
                    private void created(Order order) {
                        if (orders.existsById(order.getId())) { return; }
                        orders.save(order);
                    }
                    private void upgraded(Order order) {
                        orders.save(order);
                    }
                """), "the save behind the new upgrade handler is new code, not a guard removed from the old path");
    }

    @Test
    void aGuardWrittenInAnEntryPointHelperIsReportedThereOnly() {
        String before = """
                package shop;
                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.stereotype.Service;
                @Service
                public class Svc {
                    private OrderRepository orders;
                    @KafkaListener(topics = "orders")
                    public void handle(Order order) { store(order); }
                    public void store(Order order) {
                        if (orders.existsById(order.getId())) { return; }
                        orders.save(order);
                    }
                }
                """;
        String after = before.replace("if (orders.existsById(order.getId())) { return; }", "");
        assertEquals(List.of(), lost(before, after, "handle"), "the listener only calls the service method");
        assertEquals(LostGuard.Change.REMOVED, only(lost(before, after, "store")).change());
    }

    @Test
    void keysCompareAcrossGettersRecordsLocalsAndConstants() {
        assertEquals(Keys.normalize("event.id()"), Keys.normalize("event . getId()"));
        assertEquals("\"k-\"+event.getId()", Keys.substitute("PREFIX+id", Map.of("PREFIX", "\"k-\"",
                "id", "event.getId()")));
        assertEquals("order.id", Keys.substitute("order.id", Map.of("id", "x")), "member names are not identifiers");
        assertTrue(Keys.compatible(null, "anything"), "a keyless guard fits any key");
        assertEquals(java.util.Set.of("event", "PREFIX"), Keys.roots("PREFIX + \"a.b\" + event.getId()"),
                "roots skip member names and string literals");
        assertTrue(Keys.freshPerCall("UUID.randomUUID().toString()"));
    }
}
