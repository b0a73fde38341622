package dev.opsdiff.guard;

import dev.opsdiff.match.Matching;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.match.Renames;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.source.Whitespace;
import dev.opsdiff.summary.Hop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the protected effects of a matched method pair: every guard that protected an effect in BEFORE must
 * still protect the same effect in AFTER, itself or through a guard of the same family checking the same key. A
 * guard moved into a helper that still runs first, or replaced by an equivalent, still protects; one deleted, moved
 * after the effect, whose result is ignored, or that now checks another key, does not.
 */
public final class GuardDiff {
    private final ProtectionAnalysis before;
    private final ProtectionAnalysis after;
    private final Matching matching;

    public GuardDiff(ProtectionAnalysis before, ProtectionAnalysis after, Matching matching) {
        this.before = before;
        this.after = after;
        this.matching = matching;
    }

    /** Guards lost in this pair, one per BEFORE guard, ordered by the AFTER location they are reported at. */
    public List<LostGuard> lost(MethodPair pair) {
        if (before.effects(pair.before()).stream().allMatch(e -> e.guards().isEmpty())) {
            return List.of(); // every loss is of a BEFORE guard: the AFTER side need not be analysed
        }
        Map<String, String> renamedParams = parameterRenames(pair.before(), pair.after());
        Map<String, List<LostGuard>> byGuard = new LinkedHashMap<>();
        for (List<List<ProtectedEffect>> group : sameEffects(pair)) {
            List<ProtectedEffect> bs = group.get(0);
            List<ProtectedEffect> as = group.get(1);
            for (int i = 0; i < as.size(); i++) {
                // Same number of occurrences: pair them in order; otherwise only guards every BEFORE one had count.
                ProtectedEffect be = bs.size() == as.size() ? bs.get(i) : bs.get(0);
                List<GuardFact> guards = bs.size() == as.size() ? be.guards() : common(bs);
                for (GuardFact g : distinct(guards)) {
                    lose(pair, g, be, as.get(i), renamedParams)
                            .ifPresent(l -> byGuard.computeIfAbsent(g.identity(), k -> new ArrayList<>()).add(l));
                }
            }
        }
        List<LostGuard> out = new ArrayList<>();
        for (List<LostGuard> group : byGuard.values()) {
            group.sort(Comparator.comparing(l -> reportedHop(pair, l).site().location()));
            LostGuard first = group.get(0);
            List<ProtectedEffect> rest = group.subList(1, group.size()).stream().map(LostGuard::after).toList();
            out.add(new LostGuard(first.guard(), first.change(), first.before(), first.after(), first.counterpart(),
                    rest));
        }
        out.sort(Comparator.comparing((LostGuard l) -> reportedHop(pair, l).site().location())
                .thenComparing(l -> l.guard().location()));
        return out;
    }

    /**
     * Where a lost guard is reported: the call on the AFTER path inside the method the guard was written in (the
     * edited method nearest to the effect), else the call in the pair's own method.
     */
    public Hop reportedHop(MethodPair pair, LostGuard l) {
        String home = afterHome(pair, l.guard()).map(MethodModel::id).orElse(pair.after().id());
        return l.after().path().stream().filter(h -> h.methodId().equals(home)).findFirst()
                .orElse(l.after().first());
    }

    private Optional<LostGuard> lose(MethodPair pair, GuardFact g, ProtectedEffect be, ProtectedEffect ae,
                                     Map<String, String> renamedParams) {
        if (ownedElsewhere(pair, g, ae)) {
            return Optional.empty();
        }
        String key = Keys.substitute(g.key(), renamedParams);
        String keyText = Keys.substitute(g.keyText(), renamedParams);
        GuardFact otherKey = null;
        GuardFact weaker = null;
        for (GuardFact h : ae.guards()) {
            if (h.kind().family() != g.kind().family() || otherStateKeptBeside(pair, g, h, be)) {
                continue;
            }
            boolean sameKey = Keys.compatible(key, h.key()) || Keys.compatible(keyText, h.keyText());
            if (!sameKey && h.api().equals(g.api()) && comparable(key, h.key(), pair)) {
                // The same test on another key: the repeat it was written for is no longer caught.
                otherKey = h;
            } else if (g.kind().atomic() && !h.kind().atomic()) {
                // An atomic guard (a claim, a unique key caught) with only a check-then-act left: the race is back.
                weaker = h;
            } else {
                // Same key, or another guard of the same family (a message-id dedupe for an entity lookup): still safe.
                return Optional.empty();
            }
        }
        if (otherKey != null) {
            return Optional.of(new LostGuard(g, LostGuard.Change.OTHER_KEY, be, ae, otherKey, List.of()));
        }
        if (weaker != null) {
            // The same code classified differently on the two sides says what each side could see, not what changed.
            if (Renames.sameCode(g.text(), weaker.text())) {
                return Optional.empty();
            }
            // The check-then-act was there before, beside the atomic guard: the atomic one was removed.
            String left = weaker.text();
            if (be.guards().stream().noneMatch(b -> Renames.sameCode(b.text(), left))) {
                return Optional.of(new LostGuard(g, LostGuard.Change.NOT_ATOMIC, be, ae, weaker, List.of()));
            }
        }
        LostGuard missing = explainMissing(pair, g, be, ae);
        return missing.change() == LostGuard.Change.REMOVED && stillCalledOutOfView(pair, g) ? Optional.empty()
                : Optional.of(missing);
    }

    /**
     * A lost status test, and a check that stood beside it in BEFORE and is still there ({@code status == CANCELED}
     * kept, {@code status != WAITING_DISPATCH} dropped; the lookup that loaded the entity): the kept check was not
     * rewritten from the lost one, and a state test stops the work in its own state only, so it is not replaced.
     */
    private boolean otherStateKeptBeside(MethodPair pair, GuardFact g, GuardFact h, ProtectedEffect be) {
        if (g.kind() != GuardKind.STATUS || Renames.sameCode(g.text(), h.text())) {
            return false;
        }
        // BEFORE's sites hold the checks the strict reading did not count as guards (a running-count limit) too.
        List<GuardFact> beside = new java.util.ArrayList<>(be.guards());
        before.program().program().method(g.homeMethod()).ifPresent(m -> beside.addAll(before.sites(m)));
        String kept = written(after, h);
        if (beside.stream().anyMatch(b -> b != g && b.kind() == h.kind()
                && sameText(written(before, b), kept))) {
            return true;
        }
        // A condition BEFORE had in the same method, whether or not its strict reading counted it as a check; or a
        // check call (a helper's test lifted into the pair) the pair's BEFORE method already made.
        if (h.origin() == GuardFact.Origin.CONDITION && before.program().program().method(h.homeMethod())
                .map(m -> m.guards().stream().anyMatch(x -> sameText(x.condition().text(), kept)))
                .orElse(false)) {
            return true;
        }
        return pair.before().calls().stream().anyMatch(c -> sameText(c.text(), kept))
                || pair.before().guards().stream().anyMatch(x -> sameText(x.condition().text(), kept));
    }

    /** The same text up to white space: a check that stayed as it was, not one rewritten with other names. */
    private static boolean sameText(String a, String b) {
        return a != null && b != null && Whitespace.removed(a).equals(Whitespace.removed(b));
    }

    /** A condition's guard as written in full (a fact names a compound condition by its test call only). */
    private static String written(ProtectionAnalysis side, GuardFact f) {
        if (f.origin() != GuardFact.Origin.CONDITION) {
            return f.text();
        }
        return side.program().program().method(f.homeMethod()).flatMap(m -> m.guards().stream()
                .filter(x -> x.location().equals(f.location())).findFirst())
                .map(x -> x.condition().text()).orElse(f.text());
    }

    /**
     * Whether two different-looking keys are known to differ: both built from the method's parameters
     * ({@code event.refundId()} vs {@code event.orderId()}), or the new one fresh per call. A key read from a local
     * the model cannot expand ({@code key}) may well be the same value, so it is not reported.
     */
    private static boolean comparable(String beforeKey, String afterKey, MethodPair pair) {
        if (Keys.freshPerCall(afterKey) && !Keys.freshPerCall(beforeKey)) {
            return true;
        }
        java.util.Set<String> params = new java.util.HashSet<>();
        pair.after().parameters().forEach(p -> params.add(p.name()));
        return Keys.roots(afterKey).stream().anyMatch(params::contains)
                && Keys.roots(afterKey).stream().allMatch(r -> params.contains(r) || isConstantName(r));
    }

    private static boolean isConstantName(String name) {
        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) || Character.isUpperCase(name.charAt(0));
    }

    /** Removed, or still written in the method but after the effect or with its result ignored. */
    private LostGuard explainMissing(MethodPair pair, GuardFact g, ProtectedEffect be, ProtectedEffect ae) {
        Optional<MethodModel> home = afterHome(pair, g);
        if (home.isPresent()) {
            Hop at = ae.path().stream().filter(h -> h.methodId().equals(home.get().id())).findFirst().orElse(null);
            for (GuardFact site : after.sites(home.get())) {
                if (!site.api().equals(g.api()) || !Keys.compatible(g.keyText(), site.keyText())) {
                    continue;
                }
                if (site.origin() == GuardFact.Origin.IGNORED_RESULT) {
                    return new LostGuard(g, LostGuard.Change.RESULT_IGNORED, be, ae, site, List.of());
                }
                if (at != null && site.location().line() > at.site().location().line()) {
                    return new LostGuard(g, LostGuard.Change.MOVED_AFTER, be, ae, site, List.of());
                }
            }
        }
        return new LostGuard(g, LostGuard.Change.REMOVED, be, ae, null, List.of());
    }

    /**
     * The guard's call is still written the same way in its AFTER home, but what it calls is out of view there (its
     * file was not analyzed on that side): whether it still checks is unknown, which is not a removal.
     */
    private boolean stillCalledOutOfView(MethodPair pair, GuardFact g) {
        if (g.origin() != GuardFact.Origin.CONDITION && g.origin() != GuardFact.Origin.SEQUENCE) {
            return false;
        }
        Optional<MethodModel> home = afterHome(pair, g);
        if (home.isEmpty()) {
            return false;
        }
        String written = g.text().startsWith("!") ? g.text().substring(1) : g.text();
        MethodModel beforeHome = before.program().program().method(g.homeMethod()).orElse(pair.before());
        return writtenWithBody(before, beforeHome, written, true) && writtenWithBody(after, home.get(), written, false);
    }

    /** Whether the method calls {@code written} with a callee whose body this side sees (or, negated, does not). */
    private static boolean writtenWithBody(ProtectionAnalysis side, MethodModel m, String written, boolean seen) {
        var program = side.program();
        return program.calls(m).stream().anyMatch(rc -> Renames.sameCode(written, rc.site().text())
                && seen == rc.targets().stream().anyMatch(t -> program.program().method(t)
                .map(MethodModel::hasBody).orElse(false)));
    }

    /** The AFTER counterpart of the method the guard was written in. */
    private Optional<MethodModel> afterHome(MethodPair pair, GuardFact g) {
        if (g.homeMethod().equals(pair.before().id())) {
            return Optional.of(pair.after());
        }
        return matching.ofBefore(g.homeMethod()).map(MethodPair::after);
    }

    /**
     * A guard written in a helper that is itself a matched entry point, still on the AFTER path, is reported by that
     * helper's pair; its callers stay silent so one lost guard is one finding.
     */
    private boolean ownedElsewhere(MethodPair pair, GuardFact g, ProtectedEffect ae) {
        if (g.homeMethod().equals(pair.before().id())) {
            return false;
        }
        Optional<MethodModel> home = afterHome(pair, g);
        return home.isPresent() && after.entryPoints().repeat(home.get()).isPresent()
                && ae.path().stream().anyMatch(h -> h.methodId().equals(home.get().id()));
    }

    /**
     * BEFORE and AFTER occurrences of the same effect reached the same way, as [before, after] lists. The same effect
     * is the same identity (kind, API, receiver type) — or, for what is left over, the same kind and receiver type
     * when both sides have as many, so a renamed repository method ({@code insertIfAbsent} → {@code insertEntry}) is
     * still the same write. Reached the same way means through the same matched methods; new methods on the path
     * (an extracted helper) are skipped, and an occurrence only reachable through a method that is gone or new in
     * a way that changes the matched path (a new event type's handler) has no BEFORE counterpart to lose a guard from.
     */
    private List<List<List<ProtectedEffect>>> sameEffects(MethodPair pair) {
        Map<String, List<ProtectedEffect>> b = group(before.effects(pair.before()), true, false);
        Map<String, List<ProtectedEffect>> a = group(after.effects(pair.after()), false, false);
        List<List<List<ProtectedEffect>>> out = new ArrayList<>();
        List<ProtectedEffect> restB = new ArrayList<>();
        List<ProtectedEffect> restA = new ArrayList<>();
        b.forEach((id, bs) -> {
            if (a.containsKey(id)) {
                out.add(List.of(bs, a.get(id)));
            } else {
                restB.addAll(bs);
            }
        });
        a.forEach((id, as) -> {
            if (!b.containsKey(id)) {
                restA.addAll(as);
            }
        });
        Map<String, List<ProtectedEffect>> coarseB = group(restB, true, true);
        Map<String, List<ProtectedEffect>> coarseA = group(restA, false, true);
        coarseB.forEach((id, bs) -> {
            List<ProtectedEffect> as = coarseA.get(id);
            if (as != null && as.size() == bs.size()) {
                out.add(List.of(bs, as));
            }
        });
        return out;
    }

    /** BEFORE identities are mapped through type renames, so a renamed repository is still the same effect. */
    private Map<String, List<ProtectedEffect>> group(List<ProtectedEffect> effects, boolean beforeSide,
                                                     boolean coarse) {
        Map<String, List<ProtectedEffect>> out = new LinkedHashMap<>();
        for (ProtectedEffect e : effects) {
            String[] parts = e.identity().split("\\|", -1);
            String type = parts[parts.length - 1];
            if (beforeSide) {
                type = matching.typeRenames().getOrDefault(type, type);
            }
            String id = (coarse ? parts[0] + "|" + type : parts[0] + "|" + parts[1] + "|" + type) + "@"
                    + route(e, beforeSide);
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** The matched methods on the path, as BEFORE ids; methods without a counterpart on the other side are skipped. */
    private String route(ProtectedEffect e, boolean beforeSide) {
        List<String> ids = new ArrayList<>();
        for (Hop h : e.path()) {
            Optional<MethodPair> p = beforeSide ? matching.ofBefore(h.methodId()) : matching.ofAfter(h.methodId());
            p.ifPresent(x -> ids.add(x.before().id()));
        }
        return String.join(">", ids);
    }

    /** Guards present on every occurrence. */
    private static List<GuardFact> common(List<ProtectedEffect> occurrences) {
        List<GuardFact> out = new ArrayList<>();
        for (GuardFact g : occurrences.get(0).guards()) {
            boolean everywhere = occurrences.stream().allMatch(o -> o.guards().stream()
                    .anyMatch(x -> x.identity().equals(g.identity())));
            if (everywhere) {
                out.add(g);
            }
        }
        return out;
    }

    private static List<GuardFact> distinct(List<GuardFact> guards) {
        Map<String, GuardFact> out = new LinkedHashMap<>();
        guards.forEach(g -> out.putIfAbsent(g.identity(), g));
        return List.copyOf(out.values());
    }

    /** BEFORE parameter names to AFTER ones, position by position where the type stayed and the name changed. */
    static Map<String, String> parameterRenames(MethodModel b, MethodModel a) {
        Map<String, String> out = new HashMap<>();
        List<Parameter> bp = b.parameters();
        List<Parameter> ap = a.parameters();
        for (int i = 0; i < Math.min(bp.size(), ap.size()); i++) {
            boolean sameType = Objects.equals(GuardCatalog.simple(String.valueOf(bp.get(i).typeName())),
                    GuardCatalog.simple(String.valueOf(ap.get(i).typeName())));
            if (sameType && !bp.get(i).name().equals(ap.get(i).name())) {
                out.put(bp.get(i).name(), ap.get(i).name());
            }
        }
        return out;
    }
}
