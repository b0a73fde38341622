package dev.opsdiff.retry;

import dev.opsdiff.summary.Hop;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compact forms retry profiles keep behave as the lists and sorted maps they replace. */
class CompactProfilesTest {
    private static Hop hop(String method) {
        return new Hop("shop.Svc#" + method + "()", "Svc." + method, null, List.of());
    }

    @Test
    void aPathSharingItsTailIsTheListOfItsHops() {
        Hop a = hop("a");
        Hop b = hop("b");
        Hop c = hop("c");
        HopPath tail = HopPath.of(b, List.of(c));
        HopPath path = HopPath.of(a, tail);
        List<Hop> expected = List.of(a, b, c);
        assertEquals(expected, path);
        assertEquals(path, expected);
        assertEquals(expected.hashCode(), path.hashCode());
        assertEquals(3, path.size());
        assertSame(c, path.get(2));
        assertEquals(expected, path.stream().toList());
        assertEquals(expected.toString(), path.toString());
        assertThrows(IndexOutOfBoundsException.class, () -> path.get(3));
        assertEquals(List.of(a), HopPath.of(a));
        assertEquals(List.of(a), HopPath.of(a, List.of()));
    }

    @Test
    void aPathCopiesAListItWasNotBuiltFrom() {
        List<Hop> rest = new ArrayList<>(List.of(hop("b")));
        HopPath path = HopPath.of(hop("a"), rest);
        rest.add(hop("c"));
        assertEquals(2, path.size(), "a later change to the list is not seen");
        Exposure e = new Exposure("k", "leaf", null, List.of(), path, null, null);
        assertSame(path, e.path(), "kept as it is: immutable");
        assertEquals(List.copyOf(path), new Exposure("k", "leaf", null, List.of(), new ArrayList<>(path), null,
                null).path());
    }

    @Test
    void frozenExposuresAnswerAsTheSortedMapTheyCameFrom() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            TreeMap<String, Exposure> sorted = new TreeMap<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                String key = "call:T" + random.nextInt(20) + ".m";
                sorted.put(key, new Exposure(key, "leaf", null, List.of(), HopPath.of(hop("m" + i)), null, null));
            }
            Map<String, Exposure> frozen = ExposureMap.of(sorted);
            assertEquals(sorted, frozen);
            assertEquals(frozen, sorted);
            assertEquals(sorted.hashCode(), frozen.hashCode());
            assertEquals(List.copyOf(sorted.keySet()), List.copyOf(frozen.keySet()));
            assertEquals(List.copyOf(sorted.values()), List.copyOf(frozen.values()));
            List<String> order = new ArrayList<>();
            frozen.forEach((k, v) -> order.add(k));
            assertEquals(List.copyOf(sorted.keySet()), order);
            for (int k = 0; k < 20; k++) {
                String key = "call:T" + k + ".m";
                assertEquals(sorted.get(key), frozen.get(key));
                assertEquals(sorted.containsKey(key), frozen.containsKey(key));
            }
            assertNull(frozen.get(42));
            assertFalse(frozen.containsKey(null));
            assertTrue(frozen.isEmpty() == sorted.isEmpty());
        }
    }
}
