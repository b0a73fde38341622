package dev.opsdiff.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Body similarity: the Dice coefficient of the two token multisets (order-insensitive, robust to reformatting). */
final class Similarity {
    private Similarity() {
    }

    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : b) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
