package dev.opsdiff.values;

import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigPropertiesTest {
    @Test
    void yamlIsFlattenedWithLinesAndProfiles() {
        ConfigProperties p = ConfigProperties.of(Map.of("src/main/resources/application.yml", """
                spring:
                  datasource:
                    hikari:
                      connection-timeout: 30s
                  kafka:
                    bootstrap-servers: [a:9092, b:9092]
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  datasource:
                    hikari:
                      connection-timeout: 5s
                """));
        ConfigProperties.Entry e = p.get("spring.datasource.hikari.connectionTimeout").orElseThrow();
        assertEquals("30s", e.value(), "the default profile wins; relaxed binding matches camel case");
        assertEquals(4, e.line());
        assertEquals("", e.profile());
        assertEquals("b:9092", p.get("spring.kafka.bootstrap-servers[1]").orElseThrow().value());
        assertTrue(p.entries().stream().anyMatch(x -> x.profile().equals("prod") && x.value().equals("5s")
                && x.line() == 14));
    }

    @Test
    void propertiesFilesWithSeparatorsContinuationsAndProfileNames() {
        ConfigProperties p = ConfigProperties.of(Map.of(
                "config/application-prod.properties", "feign.client.config.default.read-timeout=9000\n",
                "src/main/resources/application.properties", """
                        # comment
                        spring.mvc.async.request-timeout = 20s
                        server.tomcat.connection_timeout: 5000
                        long.value=1\\
                            000
                        spring.kafka.properties[request.timeout.ms]=15000
                        """));
        assertEquals("20s", p.get("spring.mvc.async.request-timeout").orElseThrow().value());
        assertEquals(2, p.get("spring.mvc.async.request-timeout").orElseThrow().line());
        assertEquals("5000", p.get("server.tomcat.connection-timeout").orElseThrow().value());
        assertEquals("1000", p.get("long.value").orElseThrow().value());
        assertEquals("15000", p.get("spring.kafka.properties.request.timeout.ms").orElseThrow().value());
        assertEquals("prod", p.get("feign.client.config.default.read-timeout").orElseThrow().profile());
    }

    @Test
    void placeholdersResolveToPropertiesOrDefaults() {
        ConfigProperties p = ConfigProperties.of(Map.of("application.yml", """
                inventory:
                  timeout: 2m
                  alias: ${inventory.timeout}
                """));
        assertEquals(120_000, p.placeholder("${inventory.timeout:5s}", null).orElseThrow().millis(null));
        assertEquals(120_000, p.placeholder("${inventory.alias}", null).orElseThrow().millis(null));
        assertEquals(5_000, p.placeholder("${inventory.other:5s}", null).orElseThrow().millis(null));
        assertEquals(5_000, p.placeholder("${a:${b:5s}}", null).orElseThrow().millis(null), "nested defaults");
        assertFalse(p.placeholder("${inventory.other}", null).isPresent());
    }

    @Test
    void durationTextLikeSpringBoot() {
        assertEquals(ChronoUnit.SECONDS, DurationText.parse("30s", null).orElseThrow().unit());
        assertEquals(300_000, DurationText.parse("5m", null).orElseThrow().millis(null));
        assertEquals(30_000, DurationText.parse("PT30S", null).orElseThrow().millis(null));
        assertEquals(3_600_000, DurationText.parse("1h", null).orElseThrow().millis(null));
        assertTrue(DurationText.parse("500", null).orElseThrow().bare(), "a bare number takes the property's unit");
        assertFalse(DurationText.parse("soon", null).isPresent());
        assertEquals("5 min", Units.format(300_000));
        assertEquals("1.5 s", Units.format(1_500));
        assertEquals("×1000", Units.ratio(500, 500_000));
    }
}
