package dev.opsdiff.guard;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.CatalogData;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.resolve.ResolvedProgram;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opsdiff.testing.Sources.CATALOG;
import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guard classification and which effects each guard protects, on one side. */
class ProtectionAnalysisTest {
    static final String REPO = """
            package shop;
            import org.springframework.data.jpa.repository.JpaRepository;
            import java.util.Optional;
            public interface OrderRepository extends JpaRepository<Order, String> {
                boolean existsByRequestId(String requestId);
                Optional<Order> findByRequestId(String requestId);
            }
            """;
    static final String ORDER = """
            package shop;
            public class Order {
                private String id;
                private OrderStatus status;
                public String getId() { return id; }
                public OrderStatus getStatus() { return status; }
                public boolean isPaid() { return status == OrderStatus.PAID; }
            }
            """;
    static final String STATUS = "package shop; public enum OrderStatus { PENDING, PAID }";

    private static ResolvedProgram program(String service) {
        return resolved("shop/OrderRepository.java", REPO, "shop/Order.java", ORDER, "shop/OrderStatus.java", STATUS,
                "shop/Svc.java", service);
    }

    private static List<ProtectedEffect> effects(String service, String methodName, boolean strict) {
        ResolvedProgram p = program(service);
        return new ProtectionAnalysis(p, CATALOG, strict).effects(method(p.program(), "Svc", methodName));
    }

    private static List<GuardKind> kinds(ProtectedEffect e) {
        return e.guards().stream().map(GuardFact::kind).distinct().toList();
    }

    @Test
    void existenceCheckBeforeSaveGuardsTheSaveWithItsKey() {
        List<ProtectedEffect> effects = effects("""
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void create(String requestId, Order order) {
                        if (orders.existsByRequestId(requestId)) {
                            return;
                        }
                        orders.save(order);
                    }
                }
                """, "create", true);
        assertEquals(1, effects.size(), "only the save is worth guarding; the existence query is not");
        ProtectedEffect save = effects.get(0);
        assertEquals("db-write", save.effect().kind().id());
        assertEquals("repeat the write", save.verb());
        assertEquals(1, save.guards().size());
        GuardFact g = save.guards().get(0);
        assertEquals(GuardKind.EXISTENCE, g.kind());
        assertEquals(GuardFact.Origin.CONDITION, g.origin());
        assertEquals("existsByRequestId", g.api());
        assertEquals("orders.existsByRequestId(requestId)", g.text());
        assertEquals("requestId", g.key());
    }

    @Test
    void aValidationPointingTheOtherWayIsNotAGuardInStrictMode() {
        String svc = """
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void update(String requestId, Order order) {
                        if (!orders.existsByRequestId(requestId)) {
                            throw new IllegalArgumentException("unknown " + requestId);
                        }
                        orders.save(order);
                    }
                }
                """;
        assertTrue(effects(svc, "update", true).get(0).guards().isEmpty(),
                "the save runs only when the row exists: a validation, not a dedupe");
        assertTrue(effects(svc, "update", false).get(0).guards().isEmpty(),
                "AFTER is read leniently, but a condition that surely points the other way is a validation there too");
    }

    @Test
    void aConditionThatCannotBeOrientedStillGuardsInLenientMode() {
        String svc = """
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void update(String requestId, Order order) {
                        if (Flags.holds(orders.existsByRequestId(requestId), order)) {
                            return;
                        }
                        orders.save(order);
                    }
                }
                """;
        assertTrue(effects(svc, "update", true).get(0).guards().isEmpty(), "strict: an unknown wrapper orients nothing");
        assertEquals(List.of(GuardKind.EXISTENCE), kinds(effects(svc, "update", false).get(0)),
                "AFTER is read leniently: a test whose direction is unknown may still guard");
    }

    @Test
    void claimsAreRecognisedAndAnIgnoredResultIsOnlyASite() {
        ResolvedProgram p = program("""
                package shop;
                import java.util.Set;
                class Svc {
                    private Set<String> seen;
                    private OrderRepository orders;
                    void claimed(Order order) {
                        if (!seen.add(order.getId())) { return; }
                        orders.save(order);
                    }
                    void ignored(Order order) {
                        seen.add(order.getId());
                        orders.save(order);
                    }
                }
                """);
        ProtectionAnalysis a = new ProtectionAnalysis(p, CATALOG, true);
        GuardFact claim = a.effects(method(p.program(), "Svc", "claimed")).get(0).guards().get(0);
        assertEquals(GuardKind.CLAIM, claim.kind());
        assertEquals("seen.add(order.getId())", claim.text(), "a negated test is named by its call");
        assertEquals("order.getId()", claim.key());
        assertTrue(a.effects(method(p.program(), "Svc", "ignored")).get(0).guards().isEmpty());
        List<GuardFact> sites = a.sites(method(p.program(), "Svc", "ignored"));
        assertEquals(1, sites.size());
        assertEquals(GuardFact.Origin.IGNORED_RESULT, sites.get(0).origin());
    }

    @Test
    void containsGuardsOnlyOnAStoreOfProcessedIds() {
        ResolvedProgram p = program("""
                package shop;
                import java.util.Set;
                class Svc {
                    private Set<String> allowedCountries;
                    private Set<String> processedRequests;
                    private OrderRepository orders;
                    void byCountry(String country, Order order) {
                        if (allowedCountries.contains(country)) { return; }
                        orders.save(order);
                    }
                    void byRequest(String requestId, Order order) {
                        if (processedRequests.contains(requestId)) { return; }
                        orders.save(order);
                    }
                }
                """);
        ProtectionAnalysis a = new ProtectionAnalysis(p, CATALOG, true);
        assertTrue(a.effects(method(p.program(), "Svc", "byCountry")).get(0).guards().isEmpty(),
                "a set that is neither named nor filled like a processed-id store is not a dedupe");
        assertEquals(List.of(GuardKind.DEDUPE), kinds(a.effects(method(p.program(), "Svc", "byRequest")).get(0)));
    }

    @Test
    void statusChecksFollowTheConstantTheyCompareWith() {
        ResolvedProgram p = program("""
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void paidCheck(Order order) {
                        if (order.getStatus() == OrderStatus.PAID) { return; }
                        orders.save(order);
                    }
                    void pendingCheck(Order order) {
                        if (order.getStatus() == OrderStatus.PENDING) { return; }
                        orders.save(order);
                    }
                    void booleanGetter(Order order) {
                        if (order.isPaid()) { return; }
                        orders.save(order);
                    }
                }
                """);
        ProtectionAnalysis a = new ProtectionAnalysis(p, CATALOG, true);
        assertEquals(List.of(GuardKind.STATUS), kinds(a.effects(method(p.program(), "Svc", "paidCheck")).get(0)));
        assertTrue(a.effects(method(p.program(), "Svc", "pendingCheck")).get(0).guards().isEmpty(),
                "returning while still PENDING lets the work run only after it was done: not a repeat guard");
        assertEquals(List.of(GuardKind.STATUS), kinds(a.effects(method(p.program(), "Svc", "booleanGetter")).get(0)));
    }

    @Test
    void guardsInsideAHelperProtectItsEffectsWithKeysInTheCallersNames() {
        ResolvedProgram p = program("""
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void handle(Order incoming) {
                        store(incoming.getId(), incoming);
                    }
                    private void store(String id, Order order) {
                        if (orders.existsById(id)) { return; }
                        orders.save(order);
                    }
                }
                """);
        List<ProtectedEffect> effects = new ProtectionAnalysis(p, CATALOG, true)
                .effects(method(p.program(), "Svc", "handle"));
        assertEquals(1, effects.size());
        assertEquals(2, effects.get(0).path().size(), "handle -> store -> save");
        GuardFact g = effects.get(0).guards().get(0);
        assertEquals("incoming.getId()", g.key(), "the helper's parameter is bound to the caller's argument");
        assertTrue(g.homeMethod().endsWith("#store(String,Order)"));
    }

    /**
     * A throwing check lifted from a helper that is part of a recursive cycle: the guards of the caller's save must
     * not depend on which method of the cycle was classified first (the cycle used to be cut where it was entered).
     */
    @Test
    void aHelpersThrowingCheckProtectsTheCallerWhicheverMethodOfACycleIsAskedFirst() {
        ResolvedProgram p = program("""
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void handle(String requestId, Order order) {
                        if (orders.existsByRequestId(requestId)) {
                            throw new IllegalStateException("already handled");
                        }
                        audit(requestId, order);
                    }
                    void audit(String requestId, Order order) {
                        handle(requestId + "-audit", order);
                        orders.save(order);
                    }
                }
                """);
        ProtectionAnalysis auditFirst = new ProtectionAnalysis(p, CATALOG, true);
        List<ProtectedEffect> direct = auditFirst.effects(method(p.program(), "Svc", "audit"));
        ProtectionAnalysis handleFirst = new ProtectionAnalysis(p, CATALOG, true);
        handleFirst.sites(method(p.program(), "Svc", "handle"));
        List<ProtectedEffect> afterHandle = handleFirst.effects(method(p.program(), "Svc", "audit"));
        ProtectedEffect save = direct.stream().filter(e -> e.path().size() == 1).findFirst().orElseThrow();
        assertEquals(List.of("existsByRequestId"), save.guards().stream().map(GuardFact::api).toList(),
                "handle() throws when the request was handled: the save after it runs only for a new one");
        assertEquals(direct, afterHandle);
    }

    @Test
    void aCheckExtractedIntoAHelperCalledInTheConditionIsStillATest() {
        List<ProtectedEffect> effects = effects("""
                package shop;
                class Svc {
                    private OrderRepository orders;
                    void create(Order order) {
                        if (alreadyStored(order)) { return; }
                        orders.save(order);
                    }
                    private boolean alreadyStored(Order o) {
                        return orders.findByRequestId(o.getId()).isPresent();
                    }
                }
                """, "create", true);
        GuardFact g = effects.get(0).guards().get(0);
        assertEquals(GuardKind.EXISTENCE, g.kind());
        assertEquals("findByRequestId", g.api(), "named by the test inside the helper, to compare with BEFORE");
        assertEquals("order.getId()", g.key());
    }

    @Test
    void declaredGuardsCatchesAnnotationsAndHeaders() {
        ResolvedProgram p = program("""
                package shop;
                import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
                import org.springframework.dao.DuplicateKeyException;
                import org.springframework.web.bind.annotation.RequestHeader;
                class Svc {
                    private OrderRepository orders;
                    void caught(Order order) {
                        try { orders.save(order); } catch (DuplicateKeyException e) { }
                    }
                    @SchedulerLock(name = "nightly")
                    void locked(Order order) { orders.save(order); }
                    void keyed(@RequestHeader("Idempotency-Key") String key, Order order, Order other) {
                        forward(order, key);
                        orders.save(other);
                    }
                    private void forward(Order order, String key) { orders.save(order); }
                }
                """);
        ProtectionAnalysis a = new ProtectionAnalysis(p, CATALOG, true);
        GuardFact caught = a.effects(method(p.program(), "Svc", "caught")).get(0).guards().get(0);
        assertEquals(GuardKind.UNIQUE_KEY, caught.kind());
        assertEquals(GuardFact.Origin.CATCH, caught.origin());
        assertEquals("DuplicateKeyException", caught.api());
        GuardFact lock = a.effects(method(p.program(), "Svc", "locked")).get(0).guards().get(0);
        assertEquals(GuardKind.LOCK, lock.kind());
        assertEquals("@SchedulerLock(name = \"nightly\")", lock.text());
        List<ProtectedEffect> keyed = a.effects(method(p.program(), "Svc", "keyed"));
        assertEquals(List.of(GuardKind.IDEMPOTENCY_KEY), kinds(keyed.get(0)), "the call the key is passed to");
        assertTrue(keyed.get(1).guards().isEmpty(), "a call that does not use the key is not guarded by it");
    }

    @Test
    void anIdempotencyKeyBuiltInTheArgumentsGuardsTheRemoteCallOnly() {
        ResolvedProgram p = program("""
                package shop;
                import com.stripe.model.PaymentIntent;
                import com.stripe.net.RequestOptions;
                import com.stripe.param.PaymentIntentCreateParams;
                class Svc {
                    private OrderRepository orders;
                    void pay(PaymentIntentCreateParams params, String attempt, Order order) throws Exception {
                        PaymentIntent.create(params, RequestOptions.builder().setIdempotencyKey(attempt).build());
                        orders.save(order);
                    }
                }
                """);
        List<ProtectedEffect> effects = new ProtectionAnalysis(p, CATALOG, true)
                .effects(method(p.program(), "Svc", "pay"));
        assertEquals("charge again", effects.get(0).verb());
        assertEquals(List.of(GuardKind.IDEMPOTENCY_KEY), kinds(effects.get(0)));
        assertEquals("attempt", effects.get(0).guards().get(0).key());
        assertTrue(effects.get(1).guards().isEmpty(), "a remote service's key does not guard a local write");
    }

    @Test
    void usersTeachInHouseGuardsInTheCatalogFormat() throws Exception {
        CatalogData user = CatalogLoader.yamlMapper().readValue("""
                guards:
                  - library: Acme inbox
                    kind: dedupe
                    types: [com.acme.Inbox]
                    methods: [seen]
                    sense: done
                """, CatalogData.class);
        Catalog catalog = CatalogLoader.withUserEntries(List.of(user));
        ResolvedProgram p = new ResolvedProgram(dev.opsdiff.testing.Sources.program("shop/OrderRepository.java", REPO,
                "shop/Order.java", ORDER, "shop/OrderStatus.java", STATUS, "shop/Svc.java", """
                package shop;
                import com.acme.Inbox;
                class Svc {
                    private Inbox inbox;
                    private OrderRepository orders;
                    void handle(String messageId, Order order) {
                        if (inbox.seen(messageId)) { return; }
                        orders.save(order);
                    }
                }
                """), catalog);
        GuardFact g = new ProtectionAnalysis(p, catalog, true).effects(method(p.program(), "Svc", "handle")).get(0)
                .guards().get(0);
        assertEquals(GuardKind.DEDUPE, g.kind());
        assertEquals("messageId", g.key());
    }

    @Test
    void entryPointsComeFromTheCatalog() {
        ResolvedProgram p = resolved("shop/Jobs.java", """
                package shop;
                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.scheduling.annotation.Scheduled;
                import org.springframework.stereotype.Service;
                @Service
                public class Jobs {
                    @KafkaListener(topics = "t") void onMessage(String m) { }
                    @Scheduled(fixedDelay = 1000) void sweep() { }
                    public void api() { }
                    void internal() { }
                }
                """, "shop/Plain.java", "package shop; public class Plain { public void run() { } }");
        EntryPoints entries = new ProtectionAnalysis(p, CATALOG, false).entryPoints();
        assertEquals("a redelivered message", entries.repeat(method(p.program(), "Jobs", "onMessage")).orElseThrow());
        assertEquals("an overlapping run on another instance",
                entries.repeat(method(p.program(), "Jobs", "sweep")).orElseThrow());
        assertEquals("a repeated call", entries.repeat(method(p.program(), "Jobs", "api")).orElseThrow());
        assertFalse(entries.repeat(method(p.program(), "Jobs", "internal")).isPresent(),
                "package-private service methods are not entry points");
        assertFalse(entries.repeat(method(p.program(), "Plain", "run")).isPresent());
    }
}
