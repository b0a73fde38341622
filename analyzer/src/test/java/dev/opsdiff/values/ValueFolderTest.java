package dev.opsdiff.values;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedProgram;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.opsdiff.testing.Sources.CATALOG;
import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueFolderTest {
    private static final String LIMITS = """
            package acme.config;
            public final class Limits {
                public static final int READ_MS = 2 * 1000;
                public static final long BASE = 500L;
                public static final int DERIVED = READ_MS + 0;
            }
            """;

    /** Every argument of the {@code sink(...)} calls in {@code Probe.values}, folded to milliseconds (bare = ms). */
    private static List<Quantity> fold(String body, String... extraFiles) {
        String probe = """
                package acme;
                import java.time.Duration;
                import java.time.temporal.ChronoUnit;
                import java.util.concurrent.TimeUnit;
                import acme.config.Limits;
                import org.springframework.beans.factory.annotation.Value;
                import static java.util.concurrent.TimeUnit.SECONDS;
                class Probe {
                    private static final int LOCAL = 7;
                    private static final Duration FIVE = Duration.ofSeconds(5);
                    @Value("${probe.timeout:3s}")
                    private Duration configured;
                    @Value("${probe.missing:1500}")
                    private Duration bareDefault;
                    void sink(Object... values) { }
                    void values() {
                %s
                    }
                }
                """.formatted(body);
        String[] files = new String[4 + extraFiles.length];
        files[0] = "acme/Probe.java";
        files[1] = probe;
        files[2] = "acme/config/Limits.java";
        files[3] = LIMITS;
        System.arraycopy(extraFiles, 0, files, 4, extraFiles.length);
        ResolvedProgram p = resolved(files);
        ProgramModel program = p.program();
        MethodModel m = method(program, "Probe", "values");
        TypeModel owner = program.type("acme.Probe").orElseThrow();
        ValueFolder folder = new ValueFolder(program, p.types(), CATALOG);
        CallSite sink = m.calls().stream().filter(c -> c.name().equals("sink")).findFirst().orElseThrow();
        List<Quantity> out = new java.util.ArrayList<>();
        for (int i = 0; i < sink.args().size(); i++) {
            out.add(folder.argument(sink.args(), i, owner, sink.location()).orElse(null));
        }
        return out;
    }

    private static double ms(Quantity q) {
        return q.millis(ChronoUnit.MILLIS);
    }

    @Test
    void literalsArithmeticAndConstantsAcrossClasses() {
        List<Quantity> v = fold("sink(5 * 1000, LOCAL, Limits.READ_MS, Limits.BASE - 100, Limits.DERIVED / 2);");
        assertEquals(5000, v.get(0).amount());
        assertTrue(v.get(0).bare());
        assertEquals(7, v.get(1).amount());
        assertEquals(2000, v.get(2).amount());
        assertEquals("Limits.READ_MS", v.get(2).trail().get(0).name(), "provenance names the constant");
        assertEquals("acme/config/Limits.java", v.get(2).trail().get(0).location().path());
        assertEquals(3, v.get(2).trail().get(0).location().line());
        assertEquals(400, v.get(3).amount());
        assertEquals(1000, v.get(4).amount());
    }

    @Test
    void durationFactoriesAndTimeUnits() {
        List<Quantity> v = fold("""
                sink(Duration.ofSeconds(30), Duration.ofMillis(250), Duration.of(3, ChronoUnit.MINUTES),
                     Duration.parse("PT1M30S"), TimeUnit.SECONDS.toMillis(30), Duration.ofSeconds(2).multipliedBy(3),
                     FIVE, Duration.ofSeconds(1).plusMillis(500), Duration.ZERO);
                """);
        assertEquals(ChronoUnit.SECONDS, v.get(0).unit());
        assertEquals(30_000, ms(v.get(0)));
        assertEquals(ChronoUnit.MILLIS, v.get(1).unit());
        assertEquals(250, ms(v.get(1)));
        assertEquals(180_000, ms(v.get(2)));
        assertEquals(90_000, ms(v.get(3)));
        assertEquals(30_000, ms(v.get(4)));
        assertEquals(ChronoUnit.MILLIS, v.get(4).unit(), "toMillis yields milliseconds");
        assertEquals(6_000, ms(v.get(5)));
        assertEquals(5_000, ms(v.get(6)));
        assertEquals(1_500, ms(v.get(7)));
        assertEquals(0, ms(v.get(8)));
    }

    @Test
    void numberAndTimeUnitPairsIncludingStaticImports() {
        List<Quantity> v = fold("sink(5, TimeUnit.MILLISECONDS, 2, SECONDS);");
        assertEquals(ChronoUnit.MILLIS, v.get(0).unit());
        assertEquals(5, ms(v.get(0)));
        assertEquals(ChronoUnit.SECONDS, v.get(2).unit());
        assertEquals(2_000, ms(v.get(2)));
    }

    @Test
    void valueFieldsUseTheSnapshotPropertiesElseTheirDefault() {
        List<Quantity> withoutConfig = fold("sink(configured, bareDefault);");
        assertEquals(3_000, ms(withoutConfig.get(0)));
        assertEquals(1_500, ms(withoutConfig.get(1)), "a bare number bound to a Duration is milliseconds");
        assertEquals(ChronoUnit.MILLIS, withoutConfig.get(1).unit());

        List<Quantity> withConfig = fold("sink(configured);", "src/main/resources/application.yml", """
                probe:
                  other: 1
                  timeout: 45s
                """);
        assertEquals(45_000, ms(withConfig.get(0)));
        Origin property = withConfig.get(0).trail().get(0);
        assertEquals("probe.timeout", property.name());
        assertEquals("src/main/resources/application.yml", property.location().path());
        assertEquals(3, property.location().line());
    }

    @Test
    void unknownValuesDoNotFold() {
        List<Quantity> v = fold("sink(System.currentTimeMillis(), Integer.parseInt(\"3\"));");
        assertNull(v.get(0));
        assertNull(v.get(1));
    }
}
