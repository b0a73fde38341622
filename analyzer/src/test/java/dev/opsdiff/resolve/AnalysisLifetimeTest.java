package dev.opsdiff.resolve;

import dev.opsdiff.retry.BackoffGrowth;
import dev.opsdiff.retry.ClientRetrySwitches;
import dev.opsdiff.retry.RetryProfiles;
import dev.opsdiff.retry.TimeGates;
import dev.opsdiff.timeout.TimeoutIndex;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;

import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.resolved;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Whole-program analyses live as long as their program and no longer: a JVM that analyses many times (the Maven
 * plugin over a reactor's modules, the corpus benchmark) must not keep every program it ever analysed.
 */
class AnalysisLifetimeTest {
    private static final String SOURCE = """
            package shop;
            class Client {
                String call(String id) {
                    for (int attempt = 0; attempt < 3; attempt++) {
                        try { return fetch(id); } catch (RuntimeException e) { }
                    }
                    return null;
                }
                String fetch(String id) { return id; }
            }
            """;

    @Test
    void analysesAreMemoizedPerProgram() {
        ResolvedProgram p = resolved("shop/Client.java", SOURCE);
        assertSame(RetryProfiles.of(p), RetryProfiles.of(p));
        assertSame(TimeGates.of(p), TimeGates.of(p));
        assertSame(BackoffGrowth.of(p), BackoffGrowth.of(p));
        assertSame(TimeoutIndex.of(p), TimeoutIndex.of(p));
        assertSame(ClientRetrySwitches.of(p), ClientRetrySwitches.of(p));
    }

    @Test
    void aProgramAndItsAnalysesAreCollectedOnceUnreachable() throws InterruptedException {
        WeakReference<ResolvedProgram> program = analysedAndDropped();
        for (int i = 0; i < 20 && program.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(program.get(), "the program stayed reachable after its analysis (a static cache holds it)");
    }

    private static WeakReference<ResolvedProgram> analysedAndDropped() {
        ResolvedProgram p = resolved("shop/Client.java", SOURCE);
        RetryProfiles.of(p).entry(method(p.program(), "Client", "call"));
        TimeGates.of(p);
        BackoffGrowth.of(p);
        TimeoutIndex.of(p).program();
        return new WeakReference<>(p);
    }
}
