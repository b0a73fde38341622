package dev.opsdiff.match;

import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Pairs the types and methods of BEFORE and AFTER, strict to relaxed; each rung only sees what the stricter ones
 * left over, and every pairing records its evidence.
 */
public final class Matcher {
    /** A renamed method in the same type keeps most of its body; below this it is a different method. */
    static final double RENAMED_SIMILARITY = 0.7;
    /** A method moved to another type under the same name may have been adapted to its new home. */
    static final double MOVED_SIMILARITY = 0.5;
    /** Moved and renamed at once: only near-identical bodies are the same method. */
    static final double MOVED_AND_RENAMED_SIMILARITY = 0.85;
    /** Tiny bodies (getters, delegations) look alike by accident; they need a name to be paired. */
    static final int MIN_TOKENS_FOR_BODY_MATCH = 12;
    /** A type renamed keeps most of its member names. */
    static final double RENAMED_TYPE_MEMBER_OVERLAP = 0.6;

    private Matcher() {
    }

    public static Matching match(ProgramModel before, ProgramModel after) {
        Map<TypeModel, TypeModel> typePairs = matchTypes(before, after);
        List<MethodPair> pairs = new ArrayList<>();
        Set<String> usedBefore = new HashSet<>();
        Set<String> usedAfter = new HashSet<>();
        for (Map.Entry<TypeModel, TypeModel> e : typePairs.entrySet()) {
            List<MethodModel> b = e.getKey().methods();
            List<MethodModel> a = e.getValue().methods();
            // The strict rungs are joins on a key, not all-pairs scoring: most methods of a big diff pair here.
            join(b, a, MethodModel::signature, usedBefore, usedAfter, pairs, MatchEvidence.SAME_SIGNATURE);
            join(leftovers(b, usedBefore), leftovers(a, usedAfter), MethodModel::name, usedBefore, usedAfter, pairs,
                    MatchEvidence.CHANGED_SIGNATURE);
        }
        // The same name in another type with a similar body is stronger evidence than a similar body alone,
        // so moves are paired before renames within a type.
        List<MethodModel> allBefore = before.methods().stream().filter(m -> !usedBefore.contains(m.id())).toList();
        List<MethodModel> allAfter = after.methods().stream().filter(m -> !usedAfter.contains(m.id())).toList();
        pairUp(allBefore, allAfter, usedBefore, usedAfter, pairs,
                (x, y) -> x.name().equals(y.name()) && !x.isConstructor() ? bodySimilarity(x, y, MOVED_SIMILARITY) : -1,
                MatchEvidence.MOVED);
        for (Map.Entry<TypeModel, TypeModel> e : typePairs.entrySet()) {
            pairUp(e.getKey().methods(), e.getValue().methods(), usedBefore, usedAfter, pairs,
                    (x, y) -> bodySimilarity(x, y, RENAMED_SIMILARITY), MatchEvidence.RENAMED);
        }
        pairUp(allBefore, allAfter, usedBefore, usedAfter, pairs,
                (x, y) -> x.isConstructor() || y.isConstructor() ? -1
                        : bodySimilarity(x, y, MOVED_AND_RENAMED_SIMILARITY),
                MatchEvidence.MOVED_AND_RENAMED);
        pairs.sort(Comparator.comparing(p -> p.after().id()));
        Map<String, MethodPair> byAfter = new LinkedHashMap<>();
        Map<String, MethodPair> byBefore = new LinkedHashMap<>();
        pairs.forEach(p -> {
            byAfter.put(p.after().id(), p);
            byBefore.put(p.before().id(), p);
        });
        Map<String, String> renames = new TreeMap<>();
        typePairs.forEach((b, a) -> {
            if (!b.simpleName().equals(a.simpleName())) {
                renames.put(b.simpleName(), a.simpleName());
            }
        });
        return new Matching(pairs, byAfter, byBefore, renames);
    }

    /** Types by qualified name, then by unique simple name (moved package), then by shared member names (renamed). */
    static Map<TypeModel, TypeModel> matchTypes(ProgramModel before, ProgramModel after) {
        Map<TypeModel, TypeModel> out = new LinkedHashMap<>();
        Set<String> usedAfter = new HashSet<>();
        for (TypeModel b : before.types()) {
            after.type(b.qualifiedName()).ifPresent(a -> {
                out.put(b, a);
                usedAfter.add(a.qualifiedName());
            });
        }
        for (TypeModel b : before.types()) {
            if (out.containsKey(b)) {
                continue;
            }
            List<TypeModel> candidates = after.typesNamed(b.simpleName()).stream()
                    .filter(a -> !usedAfter.contains(a.qualifiedName())).toList();
            if (candidates.size() == 1) {
                out.put(b, candidates.get(0));
                usedAfter.add(candidates.get(0).qualifiedName());
            }
        }
        for (TypeModel b : before.types()) {
            if (out.containsKey(b) || b.methods().isEmpty()) {
                continue;
            }
            TypeModel best = null;
            double bestScore = RENAMED_TYPE_MEMBER_OVERLAP;
            for (TypeModel a : after.types()) {
                if (usedAfter.contains(a.qualifiedName()) || a.kind() != b.kind()
                        || before.type(a.qualifiedName()).isPresent()) {
                    continue;
                }
                double score = memberOverlap(b, a);
                if (score >= bestScore && (best == null || score > bestScore)) {
                    best = a;
                    bestScore = score;
                }
            }
            if (best != null) {
                out.put(b, best);
                usedAfter.add(best.qualifiedName());
            }
        }
        return out;
    }

    private static double memberOverlap(TypeModel b, TypeModel a) {
        Set<String> bn = b.methods().stream().filter(m -> !m.isConstructor()).map(MethodModel::signature)
                .collect(Collectors.toSet());
        Set<String> an = a.methods().stream().filter(m -> !m.isConstructor()).map(MethodModel::signature)
                .collect(Collectors.toSet());
        if (bn.isEmpty() || an.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(bn);
        common.retainAll(an);
        return 2.0 * common.size() / (bn.size() + an.size());
    }

    private static List<MethodModel> leftovers(List<MethodModel> methods, Set<String> used) {
        return methods.stream().filter(m -> !used.contains(m.id())).toList();
    }

    /** Pairs methods whose key is unique on both sides (a signature, or a name left over by the stricter rung). */
    private static void join(List<MethodModel> before, List<MethodModel> after,
                             java.util.function.Function<MethodModel, String> key, Set<String> usedBefore,
                             Set<String> usedAfter, List<MethodPair> out, MatchEvidence evidence) {
        Map<String, List<MethodModel>> b = new LinkedHashMap<>();
        Map<String, List<MethodModel>> a = new HashMap<>();
        before.forEach(m -> b.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        after.forEach(m -> a.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<MethodModel>> e : b.entrySet()) {
            List<MethodModel> candidates = a.get(e.getKey());
            if (e.getValue().size() == 1 && candidates != null && candidates.size() == 1) {
                MethodModel x = e.getValue().get(0);
                MethodModel y = candidates.get(0);
                usedBefore.add(x.id());
                usedAfter.add(y.id());
                out.add(new MethodPair(x, y, evidence, Similarity.dice(x.bodyTokens(), y.bodyTokens())));
            }
        }
    }

    private static double bodySimilarity(MethodModel x, MethodModel y, double threshold) {
        if (!x.hasBody() || !y.hasBody() || x.bodyTokens().size() < MIN_TOKENS_FOR_BODY_MATCH
                || y.bodyTokens().size() < MIN_TOKENS_FOR_BODY_MATCH) {
            return -1;
        }
        double s = Similarity.dice(x.bodyTokens(), y.bodyTokens());
        return s >= threshold ? s : -1;
    }

    /**
     * Pairs the best-scoring candidates first (score &lt; 0 means "not a pair"); ties are broken by ids so the result
     * does not depend on iteration order.
     */
    private static void pairUp(List<MethodModel> before, List<MethodModel> after, Set<String> usedBefore,
                               Set<String> usedAfter, List<MethodPair> out,
                               BiFunction<MethodModel, MethodModel, Double> score, MatchEvidence evidence) {
        record Candidate(MethodModel b, MethodModel a, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (MethodModel b : before) {
            if (usedBefore.contains(b.id())) {
                continue;
            }
            for (MethodModel a : after) {
                if (usedAfter.contains(a.id())) {
                    continue;
                }
                double s = score.apply(b, a);
                if (s >= 0) {
                    candidates.add(new Candidate(b, a, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.b().id()).thenComparing(c -> c.a().id()));
        for (Candidate c : candidates) {
            if (usedBefore.contains(c.b().id()) || usedAfter.contains(c.a().id())) {
                continue;
            }
            usedBefore.add(c.b().id());
            usedAfter.add(c.a().id());
            double similarity = evidence == MatchEvidence.SAME_SIGNATURE || evidence == MatchEvidence.CHANGED_SIGNATURE
                    ? Similarity.dice(c.b().bodyTokens(), c.a().bodyTokens()) : c.score();
            out.add(new MethodPair(c.b(), c.a(), evidence, similarity));
        }
    }
}
