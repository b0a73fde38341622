package dev.opsdiff.frontend.spoon;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.testing.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Spoon ends a call written as a statement at its semicolon, the JavaParser model at the closing parenthesis: the
 * facts must still reach such calls (a {@code var} receiver of a call whose result is dropped).
 */
class StatementCallKeyTest {
    private static final String SOURCE = """
            package a;
            import java.util.ArrayList;
            class Statements {
                void run() {
                    var names = new ArrayList<String>();
                    names.add("a");
                    names.add("b")	;
                    names.add("c")
                        ;
                    String first = names.get(0);
                }
            }
            """;

    @TempDir
    static Path emptyClasspath;

    @Test
    void statementCallsGetTheirFacts() {
        ProgramModel plain = Sources.program("src/a/Statements.java", SOURCE);
        SpoonFrontEnd spoon = new SpoonFrontEnd(List.of(emptyClasspath), ModelCache.none(), "test");
        ProgramModel refined = spoon.refine(plain, Sources.snapshot("src/a/Statements.java", SOURCE));
        MethodModel before = Sources.method(plain, "Statements", "run");
        MethodModel after = Sources.method(refined, "Statements", "run");
        for (int i = 0; i < after.calls().size(); i++) {
            CallSite c = after.calls().get(i);
            if (c.name().equals("add") || c.name().equals("get")) {
                assertNull(before.calls().get(i).receiver().typeName(), "a var local is untyped without Spoon");
                assertEquals("java.util.ArrayList", c.receiver().typeName(), c.text());
            }
        }
    }
}
