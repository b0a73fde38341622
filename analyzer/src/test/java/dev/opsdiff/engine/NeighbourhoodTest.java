package dev.opsdiff.engine;

import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.frontend.JavaParserFrontEnd;
import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeighbourhoodTest {
    private static final String UTILS_A = "a/src/main/java/com/acme/a/Utils.java";
    private static final String UTILS_B = "b/src/main/java/com/acme/b/Utils.java";
    private static final String SERVICE = "a/src/main/java/com/acme/a/Service.java";

    private static List<SourceFile> unchanged() {
        List<SourceFile> files = new ArrayList<>();
        files.add(SourceFile.of(UTILS_A, "package com.acme.a; public class Utils { static int twice(int x) { "
                + "return Helper.help(x); } }"));
        files.add(SourceFile.of("a/src/main/java/com/acme/a/Helper.java",
                "package com.acme.a; class Helper { static int help(int x) { return x; } }"));
        files.add(SourceFile.of(UTILS_B, "package com.acme.b; public class Utils { static void other() { } }"));
        files.add(SourceFile.of("a/src/main/java/com/acme/a/Unrelated.java",
                "package com.acme.a; class Unrelated { void go() { new Thread().start(); } }"));
        files.add(SourceFile.of("a/src/main/java/com/acme/a/Caller.java",
                "package com.acme.a; class Caller { Service s; void go() { s.run(1); } }"));
        files.add(SourceFile.of("a/src/main/java/com/acme/a/Api.java",
                "package com.acme.a; interface Api { void call(); }"));
        files.add(SourceFile.of("a/src/main/java/com/acme/a/ApiImpl.java",
                "package com.acme.a; class ApiImpl implements Api { public void call() { } }"));
        return files;
    }

    private static Set<String> neighbourhood(String before, String after) {
        return neighbourhood(before, after, () -> { });
    }

    private static Set<String> neighbourhood(String before, String after, Runnable fileRead) {
        List<SourceFile> b = new ArrayList<>(unchanged());
        List<SourceFile> a = new ArrayList<>(b);
        b.add(SourceFile.of(SERVICE, before));
        a.add(SourceFile.of(SERVICE, after));
        try (ProgramBuilder builder = new ProgramBuilder(new JavaParserFrontEnd(CatalogLoader.builtIn().loops()), 2)) {
            return Neighbourhood.of(Snapshot.of("b", b), Snapshot.of("a", a), builder, SourceFacts::scanFile, fileRead);
        }
    }

    @Test
    void eachFileReadWhileFollowingCallsIsReportedOnceForProgress() {
        AtomicInteger reads = new AtomicInteger();
        neighbourhood("package com.acme.a; class Service { void run(int x) { } }",
                "package com.acme.a; class Service { void run(int x) { Utils.twice(x); } }", reads::incrementAndGet);
        // Service on both sides, then Utils and Helper (on the side that calls them, at least): no file twice.
        assertTrue(reads.get() >= 4, "reads reported: " + reads.get());
        assertTrue(reads.get() <= 2 * (unchanged().size() + 1), "reads reported: " + reads.get());
        AtomicInteger none = new AtomicInteger();
        String same = "package com.acme.a; class Service { void run(int x) { } }";
        neighbourhood(same, same, none::incrementAndGet);
        assertEquals(0, none.get(), "nothing changed, nothing read");
    }

    @Test
    void followsCallsToTheImportedOrSamePackageTypeOnlyNotEveryFileOfTheSameName() {
        Set<String> n = neighbourhood("package com.acme.a; class Service { void run(int x) { } }",
                "package com.acme.a; class Service { Api api; void run(int x) { Utils.twice(x); api.call(); } }");
        assertTrue(n.contains(SERVICE));
        assertTrue(n.contains(UTILS_A), "callee in the same package");
        assertTrue(n.contains("a/src/main/java/com/acme/a/Helper.java"), "its callee, transitively");
        assertTrue(n.contains("a/src/main/java/com/acme/a/ApiImpl.java"), "implementation of a called interface");
        assertTrue(n.contains("a/src/main/java/com/acme/a/Caller.java"), "reader of the changed type");
        assertFalse(n.contains(UTILS_B), "same file name in another package");
        assertFalse(n.contains("a/src/main/java/com/acme/a/Unrelated.java"));
    }

    @Test
    void nothingChangedReachesNothing() {
        String same = "package com.acme.a; class Service { void run(int x) { } }";
        assertEquals(Set.of(), neighbourhood(same, same));
    }
}
