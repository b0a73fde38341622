package dev.opsdiff.engine;

import dev.opsdiff.config.Workload;
import dev.opsdiff.rule.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns "once per element of `cart.getItems()`" into "≈80 Redis GETs per request at p95 (before: 1)" where the
 * configuration declares the sizes of the loops a finding names. Works on any rule's findings that carry the loops
 * they count ({@link #LOOPS_AFTER}, {@link #LOOPS_BEFORE}) and the unit of a call ({@link #UNIT}); the others pass
 * unchanged.
 */
public final class WorkloadEstimates {
    /** Finding property: what each data-dependent loop around the AFTER call iterates, outermost first. */
    public static final String LOOPS_AFTER = "loopsAfter";
    /** Finding property: the same for BEFORE (absent or empty: once per call). */
    public static final String LOOPS_BEFORE = "loopsBefore";
    /** Finding property: what one call is, plural ("Redis GETs", "database queries"). */
    public static final String UNIT = "unit";
    /** Finding property the estimate is written to. */
    static final String ESTIMATE = "estimate";

    private final Workload workload;

    WorkloadEstimates(Workload workload) {
        this.workload = workload;
    }

    List<Finding> apply(List<Finding> findings) {
        if (workload.sizes().isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(estimate(f).orElse(f));
        }
        return out;
    }

    private Optional<Finding> estimate(Finding f) {
        if (!(f.properties().get(LOOPS_AFTER) instanceof List<?> after) || after.isEmpty()
                || !(f.properties().get(UNIT) instanceof String unit)) {
            return Optional.empty();
        }
        Optional<long[]> now = product(after);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Object beforeLoops = f.properties().get(LOOPS_BEFORE);
        Optional<long[]> then = beforeLoops instanceof List<?> b ? product(b) : Optional.of(new long[] {1, 1});
        String before = then.map(v -> Long.toString(v[1])).orElse("not estimated");
        String sentence = "≈" + now.get()[1] + " " + unit + " per request at p95 (before: " + before + ")";
        // The estimate ends the first sentence; a confidence note after it stays where it was.
        String text = f.message();
        int end = text.indexOf("). ");
        end = end > 0 ? end + 1 : text.endsWith(".") ? text.length() - 1 : text.length();
        String message = text.substring(0, end) + ": " + sentence + "."
                + text.substring(Math.min(text.length(), end + 1));
        Map<String, Object> properties = new TreeMap<>(f.properties());
        Map<String, Object> estimate = new TreeMap<>();
        estimate.put("unit", unit);
        estimate.put("p50", now.get()[0]);
        estimate.put("p95", now.get()[1]);
        then.ifPresent(v -> {
            estimate.put("beforeP50", v[0]);
            estimate.put("beforeP95", v[1]);
        });
        properties.put(ESTIMATE, estimate);
        return Optional.of(new Finding(f.ruleId(), f.level(), message, f.location(), f.ownerMethod(), f.related(),
                f.codeFlow(), properties, f.fingerprintKey(), f.suppressed()));
    }

    /** p50 and p95 products of the loops' declared sizes; empty when one of them is not declared. */
    private Optional<long[]> product(List<?> loops) {
        long p50 = 1;
        long p95 = 1;
        for (Object loop : loops) {
            Optional<Workload.Size> size = workload.sizes().stream().filter(s -> s.matches(String.valueOf(loop)))
                    .findFirst();
            if (size.isEmpty()) {
                return Optional.empty();
            }
            p50 = Math.multiplyExact(p50, size.get().p50());
            p95 = Math.multiplyExact(p95, size.get().p95());
        }
        return Optional.of(new long[] {p50, p95});
    }

    /** The p95 estimate a finding carries, if any: what {@code failAboveCalls} compares. */
    public static Optional<Long> p95(Finding f) {
        return f.properties().get(ESTIMATE) instanceof Map<?, ?> m && m.get("p95") instanceof Long v
                ? Optional.of(v) : Optional.empty();
    }
}
