package dev.opsdiff.retry;

import dev.opsdiff.resolve.ResolvedProgram;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryProfilesTest {
    private static final String CLIENT = """
            package shop;
            import org.springframework.retry.annotation.Backoff;
            import org.springframework.retry.annotation.Retryable;
            import org.springframework.web.client.RestTemplate;
            class StockClient {
                private final RestTemplate rest;
                @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200))
                int reserve(String sku) { return rest.getForObject("/stock/" + sku, Integer.class); }
                @Retryable(maxAttemptsExpression = "${stock.attempts:4}")
                void release(String sku) { rest.postForObject("/stock/" + sku + "/release", null, Void.class); }
                int plain(String sku) { return rest.getForObject("/stock/" + sku, Integer.class); }
            }
            """;

    /** The exposure of an API call, whether or not the effect catalog knows it (keys differ only in their prefix). */
    private static Exposure only(Map<String, Exposure> exposures, String key) {
        String api = key.substring(key.indexOf(':') + 1);
        Exposure e = exposures.values().stream().filter(x -> x.key().endsWith(":" + api)).findFirst().orElse(null);
        assertNotNull(e, "no exposure " + key + " in " + exposures.keySet());
        assertTrue(exposures.keySet().stream().noneMatch(k -> k.contains("RetryTemplate")),
                "running a retry is not the work it retries: " + exposures.keySet());
        return e;
    }

    @Test
    void annotationBudgetsWithBackoffAndPropertyExpressions() {
        ResolvedProgram p = resolved("shop/StockClient.java", CLIENT);
        RetryProfiles r = RetryProfiles.of(p);
        List<RetryLayer> reserve = r.annotationLayers(method(p.program(), "StockClient", "reserve"));
        assertEquals(1, reserve.size());
        RetryBudget b = reserve.get(0).budget();
        assertEquals(3, b.attempts());
        assertEquals(200L, b.backoffMs());
        assertFalse(b.assumed());
        assertEquals(RetryLayer.Kind.ANNOTATION, reserve.get(0).kind());
        assertEquals(7, reserve.get(0).location().line(), "the annotation's own line");
        assertEquals(4, r.annotationLayers(method(p.program(), "StockClient", "release")).get(0).budget().attempts());
        Exposure post = only(r.entry(method(p.program(), "StockClient", "release")), "call:RestTemplate.postForObject");
        assertEquals("POST", post.nonIdempotent());
        assertEquals(4, post.attempts());
    }

    @Test
    void nestedRetriesMultiplyThroughProxiedCallsButNotSelfCalls() {
        ResolvedProgram p = resolved("shop/StockClient.java", CLIENT, "shop/Checkout.java", """
                package shop;
                import org.springframework.retry.support.RetryTemplate;
                class Checkout {
                    private final StockClient stock;
                    private final RetryTemplate retry = RetryTemplate.builder().maxAttempts(3).fixedBackoff(100).build();
                    int viaProxy(String sku) { return retry.execute(ctx -> stock.reserve(sku)); }
                    int plainCall(String sku) { return stock.reserve(sku); }
                }
                """);
        RetryProfiles r = RetryProfiles.of(p);
        Exposure nested = only(r.entry(method(p.program(), "Checkout", "viaProxy")), "call:RestTemplate.getForObject");
        assertEquals(9, nested.attempts(), "3 × 3");
        assertEquals(2, nested.layers().size());
        assertEquals(RetryLayer.Kind.CALL, nested.layers().get(0).kind(), "outermost first");
        assertEquals(100L, nested.layers().get(0).budget().backoffMs());
        assertEquals(2, nested.path().size());
        assertEquals(3, only(r.entry(method(p.program(), "Checkout", "plainCall")),
                "call:RestTemplate.getForObject").attempts());
    }

    @Test
    void handWrittenLoopsCountAttemptsFromConstantsAndSleep() {
        ResolvedProgram p = resolved("shop/Limits.java", """
                package shop;
                final class Limits { static final int ATTEMPTS = 5; }
                """, "shop/Poller.java", """
                package shop;
                import org.springframework.web.client.RestTemplate;
                import org.springframework.web.client.RestClientException;
                class Poller {
                    private final RestTemplate rest;
                    String poll(String id) throws InterruptedException {
                        int attempt = 0;
                        while (true) {
                            try {
                                return rest.getForObject("/jobs/" + id, String.class);
                            } catch (RestClientException e) {
                                if (++attempt >= Limits.ATTEMPTS) { throw e; }
                                Thread.sleep(250);
                            }
                        }
                    }
                }
                """);
        RetryProfiles r = RetryProfiles.of(p);
        List<RetryLayer> layers = r.bodyLayers(method(p.program(), "Poller", "poll"));
        assertEquals(1, layers.size());
        assertEquals(RetryLayer.Kind.LOOP, layers.get(0).kind());
        assertEquals(5, layers.get(0).budget().attempts(), "bound from the guard inside the loop, across classes");
        assertEquals(250L, layers.get(0).budget().backoffMs());
        Exposure e = only(r.entry(method(p.program(), "Poller", "poll")), "call:RestTemplate.getForObject");
        assertNull(e.loop(), "a retry loop is not a data loop");
    }

    @Test
    void reactiveRetriesAndLoopsAroundRetries() {
        ResolvedProgram p = resolved("shop/Feeds.java", """
                package shop;
                import java.util.List;
                import org.springframework.web.reactive.function.client.WebClient;
                import reactor.util.retry.Retry;
                import java.time.Duration;
                class Feeds {
                    private final WebClient web;
                    Object forever() { return web.get().uri("/a").retrieve().bodyToMono(String.class).retry(); }
                    Object backoff() {
                        return web.get().uri("/b").retrieve().bodyToMono(String.class)
                                .retryWhen(Retry.backoff(2, Duration.ofMillis(100)));
                    }
                    void each(List<String> ids) {
                        for (String id : ids) {
                            web.get().uri("/c/" + id).retrieve().bodyToMono(String.class).retry(1).block();
                        }
                    }
                }
                """);
        RetryProfiles r = RetryProfiles.of(p);
        Exposure forever = only(r.entry(method(p.program(), "Feeds", "forever")), "call:WebClient.get");
        assertEquals(RetryBudget.UNBOUNDED, forever.attempts());
        assertFalse(forever.layers().get(0).budget().assumed(), "retry() says unbounded explicitly");
        RetryBudget backoff = r.bodyLayers(method(p.program(), "Feeds", "backoff")).get(0).budget();
        assertEquals(3, backoff.attempts());
        assertEquals(100L, backoff.backoffMs());
        Exposure each = only(r.entry(method(p.program(), "Feeds", "each")), "call:WebClient.get");
        assertTrue(each.looped());
        assertEquals("ids", each.loop().iterates());
        assertEquals(2, each.attempts());
    }

    @Test
    void resilience4jInstancesReadTheirProperties() {
        ResolvedProgram p = resolved("shop/Quotes.java", """
                package shop;
                import io.github.resilience4j.retry.annotation.Retry;
                import org.springframework.web.client.RestTemplate;
                class Quotes {
                    private final RestTemplate rest;
                    @Retry(name = "quotes")
                    String quote(String id) { return rest.getForObject("/q/" + id, String.class); }
                }
                """, "src/main/resources/application.yml", """
                resilience4j.retry:
                  instances:
                    quotes:
                      max-attempts: 6
                      wait-duration: 2s
                """);
        RetryBudget b = RetryProfiles.of(p).annotationLayers(method(p.program(), "Quotes", "quote")).get(0).budget();
        assertEquals(6, b.attempts());
        assertEquals(2_000L, b.backoffMs());
        assertEquals("src/main/resources/application.yml", b.attemptsAt().path());
        assertEquals(4, b.attemptsAt().line());
    }

    @Test
    void diffOwnsNestingWhereTheOuterRetryIsAndIgnoresSameBudgets() {
        String caller = """
                package shop;
                import org.springframework.retry.support.RetryTemplate;
                class Checkout {
                    private final StockClient stock;
                    private final RetryTemplate retry = new RetryTemplate();
                    int reserve(String sku) { return %s; }
                }
                """;
        ResolvedProgram before = resolved("shop/StockClient.java", CLIENT, "shop/Checkout.java",
                caller.formatted("stock.reserve(sku)"));
        ResolvedProgram after = resolved("shop/StockClient.java", CLIENT, "shop/Checkout.java",
                caller.formatted("retry.execute(ctx -> stock.reserve(sku))"));
        Map<String, Exposure> b = RetryProfiles.of(before).entry(method(before.program(), "Checkout", "reserve"));
        Map<String, Exposure> a = RetryProfiles.of(after).entry(method(after.program(), "Checkout", "reserve"));
        List<RetryGrowth> g = new RetryDiff(2).compare(b, a, id -> true);
        assertEquals(1, g.size());
        assertEquals(RetryGrowth.Kind.NESTED, g.get(0).kind());
        assertEquals(9, g.get(0).after().attempts());
        assertEquals(3, g.get(0).attemptsBefore());
        assertEquals(6, g.get(0).at().line(), "at the new RetryTemplate call");
        assertTrue(new RetryDiff(2).compare(a, a, id -> true).isEmpty(), "the same exposure is no growth");
    }

    /** The cheap answer agrees with the exposures: "no" exactly when no exposure of the entry is retried. */
    @Test
    void mayRetryIsNoExactlyWhenNoExposureIsRetried() {
        ResolvedProgram p = resolved("shop/StockClient.java", CLIENT, "shop/Checkout.java", """
                package shop;
                import org.springframework.retry.support.RetryTemplate;
                class Checkout {
                    private final StockClient stock;
                    private final RetryTemplate retry = RetryTemplate.builder().maxAttempts(3).build();
                    int viaProxy(String sku) { return retry.execute(ctx -> stock.plain(sku)); }
                    int annotatedCallee(String sku) { return stock.reserve(sku); }
                    int plainCallee(String sku) { return stock.plain(sku); }
                    int twoHops(String sku) { return annotatedCallee(sku); }
                    int nothing(String sku) { return sku.length(); }
                }
                """);
        RetryProfiles r = RetryProfiles.of(p);
        for (String name : List.of("viaProxy", "annotatedCallee", "plainCallee", "twoHops", "nothing")) {
            var m = method(p.program(), "Checkout", name);
            boolean retried = r.entry(m).values().stream().anyMatch(Exposure::retried);
            assertEquals(retried, r.mayRetry(m), name);
        }
        assertTrue(r.mayRetry(method(p.program(), "Checkout", "twoHops")), "through a helper and a proxy");
        assertFalse(r.mayRetry(method(p.program(), "Checkout", "plainCallee")));
        assertTrue(r.mayRetry(method(p.program(), "StockClient", "reserve")), "its own annotation");
    }
}
