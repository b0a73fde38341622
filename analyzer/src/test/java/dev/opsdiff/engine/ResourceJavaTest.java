package dev.opsdiff.engine;

import dev.opsdiff.config.Config;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files are Java in a resource root: the string scan agrees with the documented definition as a regex. */
class ResourceJavaTest {
    private static final Pattern DEFINITION = Pattern.compile("(.*/)?src/[^/]+/resources/.*\\.java");

    @Test
    void agreesWithTheDefinition() {
        List<String> dirs = List.of("", "src/", "src/main/resources/", "src/test/resources/x/", "mod/src/main/resources/",
                "src/main/java/com/acme/resources/", "src/main/resources", "src//resources/", "xsrc/main/resources/",
                "src/main/resourcesx/", "a/src/main/java/src/it/resources/b/", "src/resources/", "resources/");
        List<String> names = List.of("A.java", "application.yml", "A.java.vm", "Ajava");
        List<String> paths = new ArrayList<>();
        dirs.forEach(d -> names.forEach(n -> paths.add(d + n)));
        for (String p : paths) {
            assertEquals(DEFINITION.matcher(p).matches(), ResourceJava.isResource(p), p);
        }
        assertTrue(ResourceJava.isResource(
                "streams/quickstart/java/src/main/resources/archetype-resources/src/main/java/LineSplit.java"));
        // A JAX-RS package named "resources" is code.
        assertFalse(ResourceJava.isResource("api/src/main/java/com/acme/resources/UserResource.java"));
    }

    @Test
    void leavesOutOnlyJavaInResourceRoots() {
        Snapshot tree = Snapshot.of("after", List.of(SourceFile.of("src/main/java/A.java", "class A {}"),
                SourceFile.of("src/main/resources/application.yml", "timeout: 5"),
                SourceFile.of("src/main/resources/archetype/Template.java", "package ${package};")));
        for (boolean includeTests : new boolean[] {false, true}) {
            assertEquals(List.of("src/main/java/A.java", "src/main/resources/application.yml"),
                    new TestSources(includeTests).without(tree).files().stream().map(SourceFile::path).toList());
        }
        Snapshot code = Snapshot.of("after", List.of(SourceFile.of("src/main/java/A.java", "class A {}")));
        assertEquals(code.files(), new TestSources(false).without(code).files());
        assertSame(code, new TestSources(true).without(code));
    }

    @Test
    void anArchetypeTemplateIsNeitherParsedNorReported() {
        String template = "package ${package};\nclass LineSplit { void run() { } }\n";
        String code = "package com.acme;\nclass Orders { int total(int x) { return x * 2; } }\n";
        AnalysisResult r = new Analyzer(List.of(), new Config(null, List.of(), Map.of(), false, null, 1 << 20),
                Settings.defaults()).analyze(
                Snapshot.of("b", List.of(SourceFile.of("src/main/java/Orders.java", code),
                        SourceFile.of("q/src/main/resources/archetype-resources/LineSplit.java", template))),
                Snapshot.of("a", List.of(SourceFile.of("src/main/java/Orders.java", code.replace("* 2", "* 3")),
                        SourceFile.of("q/src/main/resources/archetype-resources/LineSplit.java",
                                template.replace("{ }", "{ run(); }")))));
        assertEquals(List.of(), r.problems(), "no 'could not parse' for a template");
        assertEquals(1, r.stats().pairs(), "Orders.total is analyzed");
    }
}
