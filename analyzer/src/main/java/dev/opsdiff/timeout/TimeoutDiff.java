package dev.opsdiff.timeout;

import dev.opsdiff.model.Location;
import dev.opsdiff.values.Origin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares the timeout sites of one owner (a method, a type, a profile's properties) between BEFORE and AFTER. Sites
 * pair by key; a site with no AFTER counterpart is looked up among {@code elsewhere} (helpers it may have moved to)
 * before it counts as removed. Values that cannot be folded on either side are never reported.
 */
public final class TimeoutDiff {
    private final double factor;

    /** @param factor how much a value must grow or shrink to matter (2 = doubled or halved) */
    public TimeoutDiff(double factor) {
        this.factor = factor;
    }

    /**
     * What the comparison of one owner needs to know about its surroundings.
     *
     * @param elsewhere       AFTER sites the BEFORE ones may have moved to, by key without ordinal
     * @param removedAt       where to report a removed site (the builder or call that no longer sets it), or null when
     *                        what it bounded is gone too
     * @param afterDeadlines  deadlines enclosing the AFTER code
     * @param beforeDeadlines deadlines enclosing the BEFORE code
     * @param innerAfter      timeouts set in the code the AFTER owner runs (for its own deadlines)
     * @param innerBefore     the same in BEFORE
     */
    public record Context(Function<String, Optional<TimeoutSite>> elsewhere, Function<TimeoutSite, Location> removedAt,
                          List<TimeoutIndex.Deadline> afterDeadlines, List<TimeoutIndex.Deadline> beforeDeadlines,
                          List<TimeoutSite> innerAfter, List<TimeoutSite> innerBefore) {
        /** For owners without code around them (properties, field initializers). */
        public static Context standalone(Function<String, Optional<TimeoutSite>> elsewhere,
                                         Function<TimeoutSite, Location> removedAt) {
            return new Context(elsewhere, removedAt, List.of(), List.of(), List.of(), List.of());
        }
    }

    public List<TimeoutChange> compare(List<TimeoutSite> before, List<TimeoutSite> after, Context ctx) {
        Map<String, TimeoutSite> a = byKey(after);
        List<TimeoutChange> out = new ArrayList<>();
        for (TimeoutSite b : before) {
            TimeoutSite counterpart = a.get(b.key());
            if (counterpart == null) {
                counterpart = ctx.elsewhere().apply(baseKey(b.key())).orElse(null);
            }
            if (counterpart == null) {
                counterpart = replacement(b, before, after).orElse(null);
            }
            if (counterpart == null) {
                removed(b, ctx.removedAt().apply(b)).ifPresent(out::add);
            } else {
                changed(b, counterpart, ctx).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A setting moved to another API of the same method: the request factory's read timeout became the HTTP client's
     * response timeout ({@code RequestConfig.setResponseTimeout}), a client's connect timeout a connection config's.
     * A new AFTER site (no BEFORE site has its key) that bounds the same wait stands in for the removed one, and the
     * values are compared as usual.
     */
    private static Optional<TimeoutSite> replacement(TimeoutSite removed, List<TimeoutSite> before,
                                                     List<TimeoutSite> after) {
        java.util.Set<String> beforeKeys = new java.util.HashSet<>();
        before.forEach(s -> beforeKeys.add(s.key()));
        return after.stream().filter(s -> !beforeKeys.contains(s.key()) && !s.spec().isDeadline()
                && sameWait(removed.setting(), s.setting())).findFirst();
    }

    /** Names the catalog gives to one wait: reading a response is "read" for some clients, "response" or "socket" for others. */
    private static boolean sameWait(String a, String b) {
        java.util.Set<String> response = java.util.Set.of("read", "response", "socket", "receive");
        return a != null && b != null && (a.equals(b) || response.contains(a) && response.contains(b));
    }

    /** Removing a timeout matters when the default that now applies differs materially (infinite, or ×factor). */
    Optional<TimeoutChange> removed(TimeoutSite b, Location at) {
        if (at == null || b.infinite()) {
            // No AFTER anchor: the client or the waiting call went away with its timeout, which is no risk.
            return Optional.empty();
        }
        Optional<Double> fallback = TimeoutValues.defaultMillis(b.spec());
        if (b.millis() == null) {
            // An unknown bound that became no bound at all is always material; to another default, unknowable.
            return fallback.filter(d -> d.isInfinite())
                    .map(x -> new TimeoutChange(TimeoutChange.Kind.REMOVED, b, null, at, null));
        }
        if (fallback.isPresent() && !fallback.get().isInfinite() && !material(b.millis(), fallback.get())) {
            return Optional.empty();
        }
        return Optional.of(new TimeoutChange(TimeoutChange.Kind.REMOVED, b, null, at, null));
    }

    Optional<TimeoutChange> changed(TimeoutSite b, TimeoutSite a, Context ctx) {
        if (b.millis() == null || a.millis() == null || b.infinite()) {
            return Optional.empty(); // unknown values stay silent; a timeout added where none was is no risk
        }
        if (b.millis().equals(a.millis())) {
            return Optional.empty(); // equal after folding and unit conversion: whatever else changed, not this wait
        }
        Location at = changedLocation(b, a);
        if (a.infinite()) {
            return Optional.of(new TimeoutChange(TimeoutChange.Kind.DISABLED, b, a, at, null));
        }
        if (a.spec().zeroMeansNoWait() && a.millis() == 0) {
            return Optional.of(new TimeoutChange(TimeoutChange.Kind.NO_WAIT, b, a, at, null));
        }
        boolean valueChanged = !b.millis().equals(a.millis());
        Optional<TimeoutIndex.Deadline> exceeded = exceeded(a, ctx.afterDeadlines());
        // An unchanged timeout that a cut deadline now undercuts is reported at the deadline (the edited line).
        if (valueChanged && exceeded.isPresent() && exceeded(b, ctx.beforeDeadlines()).isEmpty()) {
            return Optional.of(new TimeoutChange(TimeoutChange.Kind.EXCEEDS_DEADLINE, b, a, at, exceeded.get().site()));
        }
        if (a.spec().isDeadline() && valueChanged) {
            Optional<TimeoutSite> inner = longerThan(a, ctx.innerAfter());
            if (inner.isPresent() && longerThan(b, ctx.innerBefore()).isEmpty()) {
                return Optional.of(new TimeoutChange(TimeoutChange.Kind.EXCEEDS_DEADLINE, b, a, at, inner.get()));
            }
        }
        if (unitChanged(b, a)) {
            return Optional.of(new TimeoutChange(TimeoutChange.Kind.UNIT_CHANGED, b, a, at, null));
        }
        if (!material(b.millis(), a.millis())) {
            return Optional.empty();
        }
        TimeoutChange.Kind kind = a.millis() > b.millis() ? TimeoutChange.Kind.RAISED : TimeoutChange.Kind.LOWERED;
        return Optional.of(new TimeoutChange(kind, b, a, at, null));
    }

    /** The longest inner timeout that is longer than a deadline. */
    static Optional<TimeoutSite> longerThan(TimeoutSite deadline, List<TimeoutSite> inner) {
        return inner.stream().filter(s -> !s.spec().isDeadline() && s.millis() != null && !s.infinite())
                .filter(s -> s.millis() > deadline.millis())
                .max(java.util.Comparator.comparingDouble(TimeoutSite::millis));
    }

    /** The tightest enclosing deadline this site is longer than (a deadline never exceeds itself). */
    static Optional<TimeoutIndex.Deadline> exceeded(TimeoutSite s, List<TimeoutIndex.Deadline> deadlines) {
        return deadlines.stream()
                .filter(d -> d.site() != s && !d.site().location().equals(s.location()))
                .filter(d -> !d.site().infinite() && d.site().millis() != null && s.millis() > d.site().millis())
                .min(java.util.Comparator.comparingDouble(d -> d.site().millis()));
    }

    /** A change by the factor either way; from or to zero ("do not wait") any change is material. */
    private boolean material(double before, double after) {
        if (before == 0 || after == 0) {
            return before != after;
        }
        return after >= before * factor || after * factor <= before;
    }

    /** Same number, different explicit unit: the classic "tidy-up" from {@code ofMillis(500)} to {@code ofSeconds(500)}. */
    private static boolean unitChanged(TimeoutSite b, TimeoutSite a) {
        return b.value() != null && a.value() != null && b.value().unit() != null && a.value().unit() != null
                && b.value().unit() != a.value().unit() && b.value().amount() == a.value().amount();
    }

    /**
     * The line that changed: the AFTER expression if its text changed, else the constant or property it reads whose
     * text changed (the use site of an unchanged {@code READ_TIMEOUT} is not an edited line).
     */
    static Location changedLocation(TimeoutSite b, TimeoutSite a) {
        if (!a.text().equals(b.text()) || a.value() == null || b.value() == null) {
            return a.location();
        }
        Map<String, Origin> before = new LinkedHashMap<>();
        b.value().trail().stream().filter(o -> !o.name().isEmpty()).forEach(o -> before.putIfAbsent(o.name(), o));
        for (Origin o : a.value().trail()) {
            if (o.name().isEmpty() || o.location() == null) {
                continue;
            }
            Origin prior = before.get(o.name());
            if (prior == null || !prior.text().equals(o.text())) {
                return o.location();
            }
        }
        return a.location();
    }

    private static Map<String, TimeoutSite> byKey(List<TimeoutSite> sites) {
        Map<String, TimeoutSite> out = new LinkedHashMap<>();
        sites.forEach(s -> out.putIfAbsent(s.key(), s));
        return out;
    }

    /** {@code OkHttpClient.readTimeout:read#2} → {@code OkHttpClient.readTimeout:read}. */
    public static String baseKey(String key) {
        int hash = key.lastIndexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }
}
