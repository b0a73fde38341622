package dev.opsdiff.frontend.spoon;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The precise front end records the overload each call chooses, and resolution keeps only that one. */
class SpoonOverloadsTest {
    private static final String DIRECTORY = """
            package a;
            import java.util.List;
            import java.util.Map;
            public class Directory {
                public Directory(String name) { }
                public Directory(int size) { }
                public String lookup(long id) { return null; }
                public String lookup(String code) { return null; }
                public String lookup(Long boxed) { return null; }
                public void log(String format, Object... args) { }
                public void log(String message) { }
                public <T> T first(List<T> items) { return null; }
                public <T> T first(T[] items) { return null; }
                public void put(Map.Entry<String, Integer> entry) { }
                public void put(int[] values) { }
            }
            """;
    private static final String CALLER = """
            package a;
            import java.util.List;
            import java.util.Map;
            class Caller {
                private final Directory directory = new Directory("parts");
                void run(List<Long> ids, long id, String code, Map.Entry<String, Integer> e, Unknown unknown) {
                    directory.lookup(id);
                    directory.lookup(code);
                    directory.lookup(ids.get(0));
                    directory.log("a {}", id);
                    directory.log("plain");
                    directory.first(ids);
                    directory.first(new String[0]);
                    directory.put(e);
                    directory.put(new int[] {1});
                    new Directory(3);
                    ids.forEach(directory::lookup);
                    directory.lookup(unknown.value());
                    ids.size();
                }
            }
            """;

    @TempDir
    static Path emptyClasspath;

    @Test
    void recordsTheChosenOverloadAsTheModelWritesSignatures() {
        Map<String, String> chosen = new TreeMap<>();
        for (CallSite c : run(refined()).calls()) {
            chosen.put(c.text(), c.calleeSignature());
        }
        assertEquals("lookup(long)", chosen.get("directory.lookup(id)"), chosen.toString());
        assertEquals("lookup(String)", chosen.get("directory.lookup(code)"));
        assertEquals("lookup(Long)", chosen.get("directory.lookup(ids.get(0))"));
        assertEquals("log(String,Object[])", chosen.get("directory.log(\"a {}\", id)"));
        assertEquals("log(String)", chosen.get("directory.log(\"plain\")"));
        assertEquals("first(List)", chosen.get("directory.first(ids)"));
        assertEquals("first(T[])", chosen.get("directory.first(new String[0])"));
        assertEquals("put(Entry)", chosen.get("directory.put(e)"));
        assertEquals("put(int[])", chosen.entrySet().stream().filter(x -> x.getKey().startsWith("directory.put(new"))
                .findFirst().orElseThrow().getValue(), chosen.toString());
        assertEquals("<init>(int)", chosen.get("new Directory(3)"));
        assertEquals("lookup(Long)", chosen.get("directory::lookup"));
        assertNull(chosen.get("ids.size()"), "a JDK method is not in the model");
        assertNull(chosen.get("directory.lookup(unknown.value())"), "an argument of an unknown type: JDT guesses");
    }

    @Test
    void everyRecordedSignatureIsADeclaredMethod() {
        ProgramModel p = refined();
        List<String> declared = p.types().stream().flatMap(t -> t.methods().stream()).map(MethodModel::signature)
                .toList();
        for (CallSite c : run(p).calls()) {
            assertTrue(c.calleeSignature() == null || declared.contains(c.calleeSignature()), c.text());
        }
    }

    @Test
    void resolutionKeepsTheChosenOverloadOnly() {
        ResolvedProgram precise = new ResolvedProgram(refined(), Sources.CATALOG);
        ResolvedProgram plain = new ResolvedProgram(Sources.program(sources()), Sources.CATALOG);
        assertEquals(List.of("a.Directory#lookup(long)"), targets(precise, "directory.lookup(id)"));
        assertEquals(List.of("a.Directory#lookup(String)"), targets(precise, "directory.lookup(code)"));
        assertEquals(List.of("a.Directory#<init>(int)"), targets(precise, "new Directory(3)"));
        assertEquals(3, targets(plain, "directory.lookup(id)").size(), "without a classpath: every same-arity one");
        assertEquals(2, targets(plain, "new Directory(3)").size());
    }

    private static List<String> targets(ResolvedProgram program, String text) {
        MethodModel run = Sources.method(program.program(), "Caller", "run");
        return program.calls(run).stream().filter(c -> c.site().text().equals(text)).findFirst().orElseThrow()
                .targets();
    }

    private static String[] sources() {
        return new String[] {"src/a/Directory.java", DIRECTORY, "src/a/Caller.java", CALLER};
    }

    private static MethodModel run(ProgramModel p) {
        return Sources.method(p, "Caller", "run");
    }

    private static ProgramModel refined() {
        Snapshot files = Sources.snapshot(sources());
        SpoonFrontEnd spoon = new SpoonFrontEnd(List.of(emptyClasspath), ModelCache.none(), "test");
        ProgramModel refined = spoon.refine(Sources.program(sources()), files);
        assertEquals(List.of(), spoon.fallbacks());
        return refined;
    }
}
