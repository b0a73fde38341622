package dev.opsdiff.frontend;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.validator.postprocessors.Java10PostProcessor;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.Receiver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.opsdiff.testing.Sources.method;
import static dev.opsdiff.testing.Sources.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaParserFrontEndTest {
    private static final String LOOPS = """
            package a;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.stream.IntStream;
            class Loops {
                private static final int REGIONS = 3;
                private final Client client;
                void run(List<String> items, Map<String, String> byId, Optional<String> maybe) {
                    for (String s : items) { client.a(s); }
                    for (int i = 0; i < REGIONS; i++) { client.b(i); }
                    for (int i = 0; i < items.size(); i++) { client.c(i); }
                    items.forEach(s -> client.d(s));
                    byId.forEach((k, v) -> client.e(k));
                    items.stream().filter(s -> !s.isEmpty()).map(client::f).toList();
                    maybe.map(s -> client.g(s));
                    IntStream.range(0, 4).forEach(i -> client.h(i));
                    for (String s : items) { items.forEach(t -> client.i(s, t)); }
                    client.j();
                    for (int i = items.size() - 1; i >= 0; i--) { client.k(i); }
                }
            }
            """;

    @Test
    void recordsLoopsAroundCallsByShape() {
        ProgramModel p = program("a/Loops.java", LOOPS);
        MethodModel run = method(p, "Loops", "run");
        assertEquals(LoopKind.ENHANCED_FOR, loopOf(run, "a").kind());
        assertEquals("items", loopOf(run, "a").iterates());
        assertEquals(3, loopOf(run, "b").constantBound(), "static final bound is folded");
        assertEquals("items", loopOf(run, "c").iterates(), "indexed loop over size() iterates the collection");
        assertNull(loopOf(run, "c").constantBound());
        assertEquals(LoopKind.ITERATION_CALLBACK, loopOf(run, "d").kind());
        assertEquals("byId", loopOf(run, "e").iterates(), "Map.forEach is a loop");
        assertEquals("items", loopOf(run, "f").iterates(), "method reference in a stream map runs per element");
        assertNull(loopOf(run, "g"), "Optional.map runs at most once");
        assertEquals(4, loopOf(run, "h").constantBound(), "IntStream.range with constant bounds");
        Loop inner = loopOf(run, "i");
        assertTrue(inner.parent() >= 0, "nested loop knows its parent");
        assertEquals(LoopKind.ENHANCED_FOR, run.loops().get(inner.parent()).kind());
        assertNull(loopOf(run, "j"));
        assertEquals("items", loopOf(run, "k").iterates(), "a countdown iterates what it starts from, not `0`");
    }

    @Test
    void resolvesReceiversFromDeclarations() {
        ProgramModel p = program("a/Loops.java", LOOPS);
        CallSite a = call(method(p, "Loops", "run"), "a");
        assertEquals(Receiver.Kind.VARIABLE, a.receiver().kind());
        assertEquals("Client", a.receiver().typeName(), "field type as written");
    }

    @Test
    void recordsConditionsCacheMissNamesAndGuards() {
        ProgramModel p = program("a/Svc.java", """
                package a;
                class Svc {
                    private Cache cache; private Repo repo; private Gateway gateway;
                    String load(String k) {
                        String v = cache.get(k);
                        if (v == null) { v = repo.find(k); }
                        return v;
                    }
                    void handle(String id) {
                        if (repo.existsById(id)) { return; }
                        gateway.charge(id);
                    }
                }
                """);
        MethodModel load = method(p, "Svc", "load");
        assertEquals("v", call(load, "get").assignedTo());
        CallSite find = call(load, "find");
        assertTrue(find.conditional());
        assertTrue(find.conditionNames().contains("v"));
        assertFalse(call(load, "get").conditional());

        MethodModel handle = method(p, "Svc", "handle");
        assertEquals(1, handle.guards().size());
        Guard g = handle.guards().get(0);
        assertEquals(Guard.Kind.EARLY_EXIT, g.kind());
        assertEquals("return", g.exit());
        assertEquals(List.of(call(handle, "existsById").index()), g.conditionCalls());
        CallSite charge = call(handle, "charge");
        assertEquals(1, charge.guards().size(), "the early exit guards the rest of the block");
        assertFalse(charge.guards().get(0).whenTrue());
    }

    @Test
    void unparseableFileIsAProblemNotAnException() {
        ProgramModel p = program("a/Broken.java", "package a; class Broken { void m( { }", "a/Ok.java",
                "package a; class Ok { void m() {} }");
        assertEquals(1, p.problems().size());
        assertEquals("a/Broken.java", p.problems().get(0).path());
        assertTrue(p.type("a.Ok").isPresent(), "the other files are still analyzed");
    }

    @Test
    void readsSuppressions() {
        ProgramModel p = program("a/S.java", """
                package a;
                @SuppressWarnings("opsdiff:query-fanout")
                class S {
                    @SuppressWarnings({"unchecked", "opsdiff:cache-cardinality"})
                    void m() {
                        x(); // opsdiff:ignore timeout-change reviewed with the team
                    }
                    void x() {}
                }
                """);
        MethodModel m = method(p, "S", "m");
        assertEquals(java.util.Set.of("query-fanout", "cache-cardinality"), m.suppressions());
        assertEquals(java.util.Set.of("timeout-change"), p.file("a/S.java").orElseThrow().ignoredLines().get(6));
    }

    @Test
    void varIsNoTypeNameAndLambdaParametersStayUntyped() {
        ProgramModel p = program("a/V.java", """
                package a;
                class V {
                    void m(java.util.List<String> items) {
                        var client = Clients.open();
                        client.a();
                        for (var item : items) { item.b(); }
                    }
                }
                """);
        MethodModel m = method(p, "V", "m");
        assertNull(call(m, "a").receiver().typeName(), "`var` is JavaParser's VarType, not a type named var");
        assertNull(call(m, "b").receiver().typeName());
    }

    @Test
    void codeOnlyTheNewestLevelsValidatorsRejectIsStillModelled() {
        // Java 8 accepted `_` as a name; the newest level's validators reject reading it. opsdiff reviews code that
        // compiled with its own release, so it models it instead of skipping the file.
        ProgramModel p = program("a/Old.java", """
                package a;
                class Old {
                    void m(Client client) {
                        String _ = "x";
                        client.send(_);
                    }
                }
                """);
        assertEquals(List.of(), p.problems());
        assertEquals("Client", call(method(p, "Old", "m"), "send").receiver().typeName());
    }

    @Test
    void theNewestLevelsPostProcessorIsTheVarOneAlone() throws ReflectiveOperationException {
        // JavaParserFrontEnd runs Java10PostProcessor instead of the level's processors (validators included); this
        // fails when a JavaParser upgrade gives a later level a post-processor of its own.
        java.lang.reflect.Field field = ParserConfiguration.LanguageLevel.class.getDeclaredField("postProcessor");
        field.setAccessible(true);
        PostProcessors newest = (PostProcessors) field.get(JavaParserFrontEnd.languageLevel());
        assertEquals(new Java10PostProcessor().getPostProcessors().size(), newest.getPostProcessors().size());
        assertTrue(newest instanceof Java10PostProcessor);
    }

    private static Loop loopOf(MethodModel m, String callName) {
        return m.loop(call(m, callName).loop());
    }

    private static CallSite call(MethodModel m, String name) {
        return m.calls().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no call " + name));
    }
}
