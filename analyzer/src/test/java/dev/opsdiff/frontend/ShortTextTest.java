package dev.opsdiff.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.opsdiff.source.Whitespace;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortTextTest {
    /** What the model kept before: the whole node printed, squeezed, then cut. */
    private static String printedWhole(Node n, int max) {
        String s = Whitespace.squeezed(n.toString()).strip();
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }

    @Test
    void sameTextAsPrintingTheWholeNodeForEveryNodeOfRealSources() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 100, "the analyzer's own sources are the sample");
        JavaParser parser = new JavaParser(JavaParserFrontEnd.configuration());
        int nodes = 0;
        int cut = 0;
        for (Path file : files) {
            CompilationUnit cu = parser.parse(Files.readString(file)).getResult().orElseThrow();
            for (Node n : cu.findAll(Node.class)) {
                for (int max : new int[] {20, 160}) {
                    String expected = printedWhole(n, max);
                    assertEquals(expected, ShortText.of(n, max), () -> file + ": " + n.getRange());
                    cut += expected.endsWith("...") ? 1 : 0;
                }
                nodes++;
            }
        }
        assertTrue(nodes > 50_000 && cut > 10_000, nodes + " nodes, " + cut + " cut");
    }

    @Test
    void aCallWithAHugeLambdaIsCutWithoutLosingItsStart() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            body.append("    total += compute(").append(i).append(");\n");
        }
        Node call = new JavaParser().parse("class A { void m() { run(() -> {\n" + body + "}); } }").getResult()
                .orElseThrow().findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class).orElseThrow();
        String text = ShortText.of(call, 160);
        assertEquals(160, text.length());
        assertTrue(text.startsWith("run(() -> { total += compute(0); total += compute(1);"), text);
        assertEquals(printedWhole(call, 160), text);
    }
}
