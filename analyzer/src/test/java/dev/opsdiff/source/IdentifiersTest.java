package dev.opsdiff.source;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {
    @Test
    void aNameStandsAloneOnlyOutsideLongerNamesAndMemberAccess() {
        assertTrue(Identifiers.uses("count > 0", "count"));
        assertTrue(Identifiers.uses("f(a, count)", "count"));
        assertTrue(Identifiers.uses("counter + count", "count"), "the second occurrence stands alone");
        assertFalse(Identifiers.uses("counter", "count"));
        assertFalse(Identifiers.uses("recount", "count"));
        assertFalse(Identifiers.uses("this.count", "count"), "a member after a dot");
        assertFalse(Identifiers.uses("$count", "count"));
        assertFalse(Identifiers.uses("count", ""));
        assertFalse(Identifiers.uses(null, "count"));
    }

    /** The regex it replaces, on texts that put the name at every kind of boundary. */
    @Test
    void findsWhatTheRegexFinds() {
        List<String> names = List.of("id", "key", "a$b", "x1");
        List<String> texts = List.of("", "id", "ids", "_id", "id_", "o.id", "o.id + id", "(id)", "id.value", "$id",
                "key==other.key", "keys.get(key)", "a$b", "a$bc", "za$b", "x1+x12", "x12", "\"id\"", "1id", "id1");
        for (String name : names) {
            Pattern regex = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])");
            for (String text : texts) {
                assertEquals(regex.matcher(text).find(), Identifiers.uses(text, name), name + " in " + text);
            }
        }
    }
}
