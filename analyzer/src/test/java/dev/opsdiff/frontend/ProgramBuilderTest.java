package dev.opsdiff.frontend;

import dev.opsdiff.source.SourceFile;
import dev.opsdiff.testing.Sources;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramBuilderTest {
    private static final FrontEnd JAVA = new JavaParserFrontEnd(Sources.CATALOG.loops());

    private static SourceFile file(int i) {
        return SourceFile.of("src/main/java/p/C" + i + ".java",
                "package p; class C" + i + " { void run() { new C" + (i + 1) + "().run(); } }");
    }

    @Test
    void aPrefetchedFileIsModelledOnceAndParseReturnsThatModel() {
        try (ProgramBuilder builder = new ProgramBuilder(JAVA, 2)) {
            SourceFile f = file(1);
            builder.prefetch(f, "after");
            builder.prefetch(f, "before"); // same path and content: the same task
            FrontEnd.Result r = builder.parse(f, "after");
            assertEquals("p.C1", r.model().types().get(0).qualifiedName());
            assertSame(r, builder.parse(f, "before"));
            assertEquals(1, builder.parsedFiles());
        }
    }

    @Test
    void everyFileIsModelledOnceHoweverPrefetchesAndParsesRace() throws Exception {
        AtomicInteger built = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> perFile = new ConcurrentHashMap<>();
        FrontEnd counting = (file, side) -> {
            built.incrementAndGet();
            perFile.computeIfAbsent(file.path(), k -> new AtomicInteger()).incrementAndGet();
            return JAVA.build(file, side);
        };
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            files.add(file(i));
        }
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try (ProgramBuilder builder = new ProgramBuilder(counting, 2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            // Prefetches and parses race for the same files, from several threads, in different orders.
            done.add(callers.submit(() -> {
                start.await();
                files.forEach(f -> builder.prefetch(f, "before"));
                return null;
            }));
            for (int t = 0; t < 2; t++) {
                boolean reversed = t == 1;
                done.add(callers.submit(() -> {
                    start.await();
                    for (int i = 0; i < files.size(); i++) {
                        SourceFile f = files.get(reversed ? files.size() - 1 - i : i);
                        assertTrue(builder.parse(f, "after").model() != null, f.path());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(files.size(), built.get());
            perFile.forEach((path, n) -> assertEquals(1, n.get(), path));
            assertEquals(files.size(), builder.parsedFiles());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFrontEndFailureReachesTheCallerAsItWasThrown() {
        FrontEnd broken = (file, side) -> {
            throw new IllegalArgumentException("broken front end on " + file.path());
        };
        try (ProgramBuilder builder = new ProgramBuilder(broken, 1)) {
            SourceFile f = file(7);
            builder.prefetch(f, "after");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.parse(f, "after"));
            assertTrue(e.getMessage().contains("C7.java"), e.getMessage());
        }
    }
}
