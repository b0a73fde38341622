package dev.opsdiff.rules.support;

import dev.opsdiff.engine.WorkloadEstimates;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.Location;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Growth;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.summary.Factor;
import dev.opsdiff.summary.Hop;
import dev.opsdiff.summary.Occurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the finding for a cardinality growth: message, location, related places, code flow, properties. */
public final class CardinalityFindings {
    private CardinalityFindings() {
    }

    public static Finding of(String ruleId, MethodPair pair, Growth g) {
        Occurrence after = g.after();
        Hop first = after.first();
        Hop last = after.last();
        String call = last.site().shortText();
        String owner = pair.after().displayName();
        String message = "`" + call + "` (" + after.effect().kind().describe() + ") now runs "
                + Cardinality.describe(after, owner) + " (before: " + Cardinality.describe(g.before(), owner) + ")"
                + batchNote(g) + "." + basisNote(after);
        // A finding that rests on a type-name convention is a warning: worth a look, not a broken build.
        dev.opsdiff.rule.Level level = after.effect().basis() == null ? null : dev.opsdiff.rule.Level.WARNING;
        return new Finding(ruleId, level, message, first.site().location(), pair.after().id(), related(after),
                flow(after), properties(pair, g), fingerprint(ruleId, pair, after), null);
    }

    /**
     * A cache bypassed: the load ran only when a cache or memo lookup missed and now runs on every call. A warning:
     * caches are sometimes removed on purpose (freshness), and only the reviewer knows the hit rate.
     */
    public static Finding bypassed(String ruleId, dev.opsdiff.rule.PairContext context, Growth g) {
        MethodPair pair = context.pair();
        Occurrence after = g.after();
        Hop first = after.first();
        String call = after.last().site().shortText();
        String owner = pair.after().displayName();
        String lookup = lookupMissed(context.beforeSide(), g.before());
        String message = "Cache bypassed: `" + call + "` (" + after.effect().kind().describe() + ") now runs "
                + Cardinality.describe(after, owner) + " (before: only when " + lookup + ")."
                + basisNote(after);
        Map<String, Object> properties = properties(pair, g);
        properties.put("change", "cache-bypassed");
        return new Finding(ruleId, dev.opsdiff.rule.Level.WARNING, message, first.site().location(),
                pair.after().id(), related(after), flow(after), properties,
                fingerprint(ruleId, pair, after) + "|bypassed", null);
    }

    /**
     * A memo kept warm out of band replaced by the load it held the results of: every call (or element) now pays the
     * round trip the memo saved. A warning, like a bypass: the reviewer knows whether freshness was the point.
     */
    public static Finding memoReplaced(String ruleId, MethodPair pair, dev.opsdiff.rule.MemoReplacement replaced) {
        Occurrence after = replaced.after();
        String message = "Cache bypassed: `" + after.last().site().shortText() + "` ("
                + after.effect().kind().describe() + ") now runs " + Cardinality.describe(after, pair.after()
                .displayName()) + " (before: `" + replaced.via() + "` read the in-memory " + replaced.memo()
                + ", filled from I/O elsewhere)." + basisNote(after);
        Map<String, Object> properties = properties(pair, new Growth(after.key(), null, after));
        properties.put("change", "memo-replaced");
        properties.put("memo", replaced.memo().replace("`", ""));
        return new Finding(ruleId, dev.opsdiff.rule.Level.WARNING, message, after.first().site().location(),
                pair.after().id(), related(after), flow(after), properties,
                fingerprint(ruleId, pair, after) + "|memo", null);
    }

    /** The lookup the BEFORE load sat behind, as written, from the first hop on its path that knows it. */
    private static String lookupMissed(dev.opsdiff.rule.PairContext.Side side, Occurrence before) {
        for (Hop hop : before.path()) {
            var method = side.program().program().method(hop.methodId());
            if (method.isEmpty()) {
                continue;
            }
            var lookup = side.summaries().lookupMissed(method.get(), hop.site());
            if (lookup.isPresent()) {
                return lookup.get();
            }
            var call = side.program().calls(method.get()).get(hop.site().index());
            if (call.targetsOnMiss()) {
                return "the cache of `" + hop.site().shortText() + "` missed";
            }
        }
        return "a cache lookup missed";
    }

    /**
     * Growth of a kind of effect (cache, database, remote) the BEFORE method never reached at all is new behaviour,
     * e.g. caching added to save queries — not a refactor that moved an existing access into a loop. A different
     * client of the same kind (NamedParameterJdbcTemplate → JdbcTemplate, a JPQL query → EntityManager.find) still
     * counts as the same work done differently.
     */
    public static boolean newBehaviour(dev.opsdiff.rule.PairContext context, Growth g) {
        return g.before() == null && context.before().all().values().stream()
                .noneMatch(o -> o.key().kind().category() == g.key().kind().category());
    }

    /** A heuristic of lower confidence says so: " Lower confidence: type not in the analyzed sources; ...". */
    private static String basisNote(Occurrence o) {
        return o.effect().basis() == null ? "" : " Lower confidence: " + o.effect().basis() + ".";
    }

    private static String batchNote(Growth g) {
        if (g.before() == null || g.before().batchApis().isEmpty() || g.after().effect().batch()) {
            return "";
        }
        return "; it replaces the batch call `" + String.join("`, `", g.before().batchApis()) + "`";
    }

    private static List<RelatedLocation> related(Occurrence o) {
        List<RelatedLocation> out = new ArrayList<>();
        for (Factor f : o.factors()) {
            if (f.dataDependent()) {
                out.add(new RelatedLocation(f.at(), "loop over `" + f.iterates() + "`"));
            }
        }
        Hop last = o.last();
        out.add(new RelatedLocation(last.site().location(), o.effect().kind().describe() + " `" + o.effect().api()
                + "`" + (o.effect().library() == null ? "" : " (" + o.effect().library() + ")")));
        return out;
    }

    private static List<FlowStep> flow(Occurrence o) {
        List<FlowStep> out = new ArrayList<>();
        for (int i = 0; i < o.path().size(); i++) {
            Hop hop = o.path().get(i);
            List<Factor> loops = hop.loops().stream()
                    .map(l -> new Factor(l.iterates(), l.constantBound(), l.location()))
                    .filter(Factor::dataDependent).toList();
            String where = loops.isEmpty() ? "" : " " + loops.get(loops.size() - 1).describe();
            boolean isLast = i == o.path().size() - 1;
            String what = isLast ? o.effect().kind().describe() + " `" + hop.site().shortText() + "`"
                    : "calls `" + hop.site().shortText() + "`";
            out.add(new FlowStep(hop.site().location(), hop.methodName() + " " + what + where));
        }
        return out;
    }

    private static Map<String, Object> properties(MethodPair pair, Growth g) {
        Map<String, Object> p = new TreeMap<>();
        p.put("effect", g.after().effect().kind().id());
        p.put("api", g.after().effect().api());
        p.put("resource", g.key().resource());
        p.put("cardinalityBefore", Cardinality.bigO(g.beforeDegree()));
        p.put("cardinalityAfter", Cardinality.bigO(g.after().degree()));
        p.put("perInvocationBefore", Cardinality.describe(g.before(), pair.before().displayName()));
        p.put("perInvocationAfter", Cardinality.describe(g.after(), pair.after().displayName()));
        p.put("matchedBy", pair.evidence().name());
        // What the engine's workload estimates multiply: the loops each side counts, and what one call is.
        p.put(WorkloadEstimates.LOOPS_AFTER, loops(g.after()));
        p.put(WorkloadEstimates.LOOPS_BEFORE, loops(g.before()));
        p.put(WorkloadEstimates.UNIT, unit(g.after()));
        if (g.after().effect().basis() != null) {
            p.put("effectBasis", g.after().effect().basis());
            p.put("confidence", "lower");
        }
        Map<String, Object> before = new TreeMap<>();
        Location where = g.before() != null ? g.before().first().site().location() : pair.before().location();
        before.put("file", where.path());
        before.put("line", where.line());
        before.put("method", pair.before().displayName());
        before.put("snippet", g.before() != null ? g.before().first().site().text() : pair.before().signature());
        p.put("before", before);
        return p;
    }

    private static List<String> loops(Occurrence o) {
        return o == null ? List.of()
                : o.factors().stream().filter(Factor::dataDependent).map(Factor::iterates).toList();
    }

    /** One call, in the plural an operator counts: "Redis GETs", else by kind ("database queries"). */
    static String unit(Occurrence o) {
        var e = o.effect();
        boolean redis = e.library() != null && e.library().contains("Redis") || e.api().contains("Redis")
                || e.library() != null && (e.library().startsWith("Jedis") || e.library().startsWith("Lettuce"));
        if (redis && e.kind().category() == dev.opsdiff.catalog.EffectKind.Category.CACHE) {
            return "Redis " + o.last().site().name().toUpperCase(java.util.Locale.ROOT) + "s";
        }
        return switch (e.kind()) {
            case CACHE_READ -> "cache reads";
            case CACHE_WRITE -> "cache writes";
            case DB_QUERY -> "database queries";
            case DB_WRITE -> "database writes";
            case REMOTE_CALL -> "remote calls";
            case MESSAGE_SEND -> "message sends";
            case LOCAL_ACTION -> "in-process actions";
        };
    }

    private static String fingerprint(String ruleId, MethodPair pair, Occurrence o) {
        return ruleId + "|" + pair.after().declaringType() + "#" + pair.after().name() + "|" + o.effect().api()
                + "|" + o.first().site().name();
    }
}
