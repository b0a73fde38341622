package dev.opsdiff.timeout;

import dev.opsdiff.model.Location;
import dev.opsdiff.resolve.ResolvedProgram;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeoutIndexTest {
    private static final String HTTP = """
            package shop;
            import java.time.Duration;
            import java.util.concurrent.TimeUnit;
            import okhttp3.OkHttpClient;
            import feign.Request;
            class Http {
                private final OkHttpClient shared = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(%s)).build();
                OkHttpClient client() {
                    return new OkHttpClient.Builder()
                            .connectTimeout(%s)
                            .readTimeout(10, TimeUnit.SECONDS)
                            .build();
                }
                Request.Options options() {
                    return new Request.Options(2, TimeUnit.SECONDS, 30, TimeUnit.SECONDS, true);
                }
            }
            """;

    private static TimeoutSite site(List<TimeoutSite> sites, String key) {
        return sites.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + sites));
    }

    @Test
    void builderChainsConstructorsAndFieldInitializers() {
        ResolvedProgram p = resolved("shop/Http.java", HTTP.formatted("20", "Duration.ofMillis(500)"));
        TimeoutIndex idx = TimeoutIndex.of(p);
        List<TimeoutSite> client = idx.ofMethod(method(p.program(), "Http", "client"));
        TimeoutSite connect = site(client, "OkHttpClient.connectTimeout:connect");
        assertEquals(500.0, connect.millis());
        assertEquals(10, connect.location().line(), "the setter's own line in a multi-line chain");
        assertEquals(10_000.0, site(client, "OkHttpClient.readTimeout:read").millis());
        List<TimeoutSite> options = idx.ofMethod(method(p.program(), "Http", "options"));
        assertEquals(2_000.0, site(options, "Options.<init>:connect").millis());
        assertEquals(30_000.0, site(options, "Options.<init>:read").millis());
        assertEquals(20_000.0, site(idx.ofTypes().get("shop.Http#shared"), "OkHttpClient.callTimeout:call").millis());
    }

    @Test
    void transactionDeadlinesAreFoundUpTheCallers() {
        ResolvedProgram p = resolved("shop/Service.java", """
                package shop;
                import org.springframework.transaction.annotation.Transactional;
                class Service {
                    private final Bureau bureau;
                    @Transactional(timeout = 5)
                    void assess(String id) throws Exception { bureau.score(id); }
                }
                """, "shop/Bureau.java", """
                package shop;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.TimeUnit;
                class Bureau {
                    int score(String id) throws Exception {
                        return CompletableFuture.supplyAsync(() -> 1).get(30, TimeUnit.SECONDS);
                    }
                }
                """);
        TimeoutIndex idx = TimeoutIndex.of(p);
        List<TimeoutIndex.Deadline> deadlines = idx.deadlinesAround(method(p.program(), "Bureau", "score"));
        assertEquals(1, deadlines.size());
        assertEquals(5_000.0, deadlines.get(0).site().millis(), "@Transactional timeout is in seconds");
        assertTrue(deadlines.get(0).site().spec().isDeadline());
        TimeoutSite get = idx.ofMethod(method(p.program(), "Bureau", "score")).get(0);
        assertTrue(TimeoutDiff.exceeded(get, deadlines).isPresent());
        assertEquals(1, idx.inner(method(p.program(), "Service", "assess")).stream()
                .filter(s -> !s.spec().isDeadline()).count());
    }

    @Test
    void propertiesUseTheirUnitAndRelaxedKeys() {
        ResolvedProgram p = resolved("shop/App.java", "package shop; class App {}",
                "src/main/resources/application.properties", """
                        spring.datasource.hikari.connectionTimeout=20000
                        spring.transaction.default-timeout=30
                        spring.cloud.openfeign.client.config.stock.read-timeout=5s
                        unrelated.timeout=1
                        """);
        List<TimeoutSite> props = TimeoutIndex.of(p).ofProperties();
        assertEquals(3, props.size());
        assertEquals(20_000.0, site(props, "spring.datasource.hikari.connectiontimeout").millis());
        assertEquals(30_000.0, site(props, "spring.transaction.defaulttimeout").millis(), "seconds");
        assertEquals(5_000.0, site(props, "spring.cloud.openfeign.client.config.stock.readtimeout").millis());
        assertEquals(3, site(props, "spring.cloud.openfeign.client.config.stock.readtimeout").location().line());
    }

    @Test
    void diffTellsUnitChangesRemovalsAndMaterialChanges() {
        ResolvedProgram before = resolved("shop/Http.java", HTTP.formatted("20", "Duration.ofMillis(500)"));
        ResolvedProgram after = resolved("shop/Http.java", HTTP.formatted("20", "Duration.ofSeconds(500)"));
        TimeoutDiff diff = new TimeoutDiff(2);
        TimeoutDiff.Context ctx = TimeoutDiff.Context.standalone(k -> Optional.empty(),
                s -> new Location("x", 1, 1, 1, 1));
        List<TimeoutChange> changes = diff.compare(TimeoutIndex.of(before).ofMethod(method(before.program(), "Http", "client")),
                TimeoutIndex.of(after).ofMethod(method(after.program(), "Http", "client")), ctx);
        assertEquals(1, changes.size());
        assertEquals(TimeoutChange.Kind.UNIT_CHANGED, changes.get(0).kind());
        assertEquals(10, changes.get(0).at().line());

        List<TimeoutSite> b = TimeoutIndex.of(before).ofMethod(method(before.program(), "Http", "client"));
        List<TimeoutChange> removed = diff.compare(b, List.of(), ctx);
        assertEquals(1, removed.size(), "readTimeout(10 s) equals OkHttp's default; only connectTimeout counts");
        assertEquals(TimeoutChange.Kind.REMOVED, removed.get(0).kind());
        assertEquals("OkHttpClient.connectTimeout:connect", removed.get(0).before().key());

        ResolvedProgram tuned = resolved("shop/Http.java", HTTP.formatted("20", "Duration.ofMillis(900)"));
        assertTrue(diff.compare(b, TimeoutIndex.of(tuned).ofMethod(method(tuned.program(), "Http", "client")), ctx)
                .isEmpty(), "500 ms → 900 ms is within the factor");
        ResolvedProgram raised = resolved("shop/Http.java", HTTP.formatted("20", "Duration.ofSeconds(2)"));
        List<TimeoutChange> r = diff.compare(b, TimeoutIndex.of(raised).ofMethod(method(raised.program(), "Http",
                "client")), ctx);
        assertEquals(TimeoutChange.Kind.RAISED, r.get(0).kind());
        assertFalse(r.get(0).kind().severe());
    }
}
