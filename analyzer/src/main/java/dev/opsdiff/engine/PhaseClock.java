package dev.opsdiff.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per phase of one analysis, in the order the phases ran, for {@code --stats}: where a slow check spends
 * its time (finding what the change reaches, loading models, each rule) without a profiler.
 */
final class PhaseClock {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the current phase under {@code name} (added to an earlier phase of that name) and starts the next. */
    void lap(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
