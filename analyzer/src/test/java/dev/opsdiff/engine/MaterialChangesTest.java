package dev.opsdiff.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MaterialChangesTest {
    private static List<String> tokens(String code) {
        return List.of(code.split(" "));
    }

    @Test
    void loggingStatementsAreDropped() {
        assertEquals(tokens("{ repo . save ( x ) ; }"), MaterialChanges.withoutLogging(
                tokens("{ log . info ( \"saving {}\" , x . id ( ) ) ; repo . save ( x ) ; }")));
        assertEquals(tokens("if ( a ) { } else { repo . save ( x ) ; }"), MaterialChanges.withoutLogging(
                tokens("if ( a ) { LOGGER . warn ( \"skip\" ) ; } else { repo . save ( x ) ; }")));
    }

    @Test
    void aCallOnALoggerThatIsNotALogStatementStays() {
        List<String> t = tokens("{ x = log . info ( a ) + 1 ; }");
        assertEquals(t, MaterialChanges.withoutLogging(t));
    }
}
