package dev.opsdiff.summary;

import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.resolve.ResolvedProgram;
import org.junit.jupiter.api.Test;

import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTest {
    private static final String REPO = """
            package shop;
            import org.springframework.data.jpa.repository.JpaRepository;
            interface OrderRepository extends JpaRepository<Order, Long> {
                java.util.List<Order> findByCustomerId(Long id);
            }
            """;

    @Test
    void effectsFlowThroughHelpersWithLoopMultiplicity() {
        ResolvedProgram p = resolved("shop/OrderRepository.java", REPO, "shop/Service.java", """
                package shop;
                import java.util.List;
                class Service {
                    private final OrderRepository orders;
                    private final Helper helper;
                    void perCustomer(List<Long> ids) {
                        for (Long id : ids) { helper.load(id); }
                    }
                    void nested(List<List<Long>> groups) {
                        for (List<Long> g : groups) { perCustomer(g); }
                    }
                    void once(Long id) { helper.load(id); }
                }
                """, "shop/Helper.java", """
                package shop;
                class Helper {
                    private final OrderRepository orders;
                    Object load(Long id) { return orders.findByCustomerId(id); }
                }
                """);
        Summarizer s = new Summarizer(p);
        EffectKey key = new EffectKey(EffectKind.DB_QUERY, "OrderRepository");
        Occurrence per = s.summary(method(p.program(), "Service", "perCustomer")).get(key).orElseThrow();
        assertEquals(1, per.degree());
        assertEquals(2, per.path().size(), "perCustomer -> Helper.load -> findByCustomerId");
        assertEquals("ids", per.factors().get(0).iterates());
        assertEquals(2, s.summary(method(p.program(), "Service", "nested")).get(key).orElseThrow().degree(),
                "nested loops multiply through calls");
        assertEquals(0, s.summary(method(p.program(), "Service", "once")).get(key).orElseThrow().degree());
    }

    @Test
    void fluentRedisChainIsResolvedAndMissPathIsMarked() {
        ResolvedProgram p = resolved("shop/OrderRepository.java", REPO, "shop/Prices.java", """
                package shop;
                import org.springframework.data.redis.core.StringRedisTemplate;
                class Prices {
                    private final StringRedisTemplate redis;
                    private final OrderRepository orders;
                    Object price(Long id) {
                        String cached = redis.opsForValue().get("price:" + id);
                        if (cached == null) {
                            return orders.findByCustomerId(id);
                        }
                        return cached;
                    }
                }
                """);
        MethodSummary s = new Summarizer(p).summary(method(p.program(), "Prices", "price"));
        Occurrence read = s.get(new EffectKey(EffectKind.CACHE_READ, "ValueOperations")).orElseThrow();
        assertFalse(read.onCacheMiss());
        assertTrue(read.effect().remote());
        Occurrence load = s.get(new EffectKey(EffectKind.DB_QUERY, "OrderRepository")).orElseThrow();
        assertTrue(load.onCacheMiss(), "the query runs only when the cache read missed");
        assertTrue(load.conditional());
    }

    @Test
    void earlyReturnOnHitPutsTheLoadOnTheMissPath() {
        ResolvedProgram p = resolved("shop/OrderRepository.java", REPO, "shop/Prices.java", """
                package shop;
                import org.springframework.data.redis.core.StringRedisTemplate;
                class Prices {
                    private final StringRedisTemplate redis;
                    private final OrderRepository orders;
                    Object price(Long id) {
                        String cached = redis.opsForValue().get("price:" + id);
                        if (cached != null) {
                            return cached;
                        }
                        Object loaded = orders.findByCustomerId(id);
                        return loaded;
                    }
                }
                """);
        MethodSummary s = new Summarizer(p).summary(method(p.program(), "Prices", "price"));
        assertTrue(s.get(new EffectKey(EffectKind.DB_QUERY, "OrderRepository")).orElseThrow().onCacheMiss());
    }

    @Test
    void recursionTerminatesAndConstantLoopsStayDegreeZero() {
        ResolvedProgram p = resolved("shop/OrderRepository.java", REPO, "shop/Tree.java", """
                package shop;
                class Tree {
                    private final OrderRepository orders;
                    void walk(Long id, int depth) {
                        for (int i = 0; i < 3; i++) { orders.findById(id); }
                        if (depth > 0) { walk(id, depth - 1); }
                    }
                }
                """);
        Occurrence o = new Summarizer(p).summary(method(p.program(), "Tree", "walk"))
                .get(new EffectKey(EffectKind.DB_QUERY, "OrderRepository")).orElseThrow();
        assertEquals(0, o.degree(), "a loop of 3 is a constant fan-out");
    }

    @Test
    void batchCallsAreRememberedPerKey() {
        ResolvedProgram p = resolved("shop/OrderRepository.java", REPO, "shop/Batch.java", """
                package shop;
                import java.util.List;
                class Batch {
                    private final OrderRepository orders;
                    Object all(List<Long> ids) { return orders.findAllById(ids); }
                }
                """);
        Occurrence o = new Summarizer(p).summary(method(p.program(), "Batch", "all"))
                .get(new EffectKey(EffectKind.DB_QUERY, "OrderRepository")).orElseThrow();
        assertTrue(o.effect().batch());
        assertTrue(o.batchApis().contains("OrderRepository.findAllById"));
    }
}
