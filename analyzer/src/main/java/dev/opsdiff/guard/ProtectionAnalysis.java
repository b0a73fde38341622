package dev.opsdiff.guard;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.Effect;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.summary.Hop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One side's protected effects: for each method, the side effects worth guarding it reaches (directly or through
 * project helpers) with the guards on the way. A helper's guards protect what happens inside it; the guards around
 * the call of a helper protect everything the helper does. Results are memoized per method; recursion stops at
 * methods still being computed.
 */
public final class ProtectionAnalysis {
    /** Paths longer than this add nothing a reviewer acts on, and bound the work on deep call chains. */
    static final int MAX_PATH = 6;
    /** Effects kept per method: enough for any real handler, a cap against pathological fan-out. */
    static final int MAX_EFFECTS = 200;

    private final ResolvedProgram program;
    private final GuardCatalog catalog;
    private final boolean strict;
    private final EntryPoints entryPoints;
    private final Map<String, MethodView> views = new HashMap<>();
    private final Map<String, CallChecks> checks = new HashMap<>();
    private final Map<String, MethodGuards> guards = new HashMap<>();
    private final Map<String, MethodGuards> asHelper = new HashMap<>();
    private final Map<String, List<ProtectedEffect>> effects = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    /**
     * @param strict true for BEFORE: only conditions that clearly guard count; false for AFTER, where anything that
     *               may still guard counts, so that rewrites are not reported as removals
     */
    public ProtectionAnalysis(ResolvedProgram program, Catalog catalog, boolean strict) {
        this.program = program;
        this.catalog = new GuardCatalog(catalog);
        this.strict = strict;
        this.entryPoints = new EntryPoints(program, this.catalog);
    }

    public ResolvedProgram program() {
        return program;
    }

    /** Whether the guard is a project check known by its name only (lower confidence: its body was not read). */
    public boolean knownByNameOnly(GuardFact g) {
        return catalog.guards(GuardCatalog.Shape.TEST).stream()
                .anyMatch(e -> e.projectOnly() && e.pattern() != null && e.matchesName(g.api()));
    }

    public EntryPoints entryPoints() {
        return entryPoints;
    }

    /** Side effects worth guarding that the method reaches, in call order, with their guards. */
    public synchronized List<ProtectedEffect> effects(MethodModel m) {
        List<ProtectedEffect> cached = effects.get(m.id());
        if (cached != null) {
            return cached;
        }
        inProgress.add(m.id());
        try {
            List<ProtectedEffect> out = compute(m, 0);
            effects.put(m.id(), out);
            return out;
        } finally {
            inProgress.remove(m.id());
        }
    }

    /** Every guard written in the method, protecting something or not. */
    public synchronized List<GuardFact> sites(MethodModel m) {
        return guards(m).sites();
    }

    /** Classifying a method reads its helpers through {@link #asHelper} only, never this map: no cycle to cut. */
    synchronized MethodGuards guards(MethodModel m) {
        return guards.computeIfAbsent(m.id(), k -> classifier(m).classify());
    }

    /** What callers lift from a helper ({@link GuardClassifier#asHelper}): reads no other method's guards. */
    private MethodGuards asHelper(MethodModel m) {
        return asHelper.computeIfAbsent(m.id(), k -> classifier(m).asHelper());
    }

    private GuardClassifier classifier(MethodModel m) {
        return new GuardClassifier(checks(m), catalog, strict, this::asHelper);
    }

    private CallChecks checks(MethodModel m) {
        return checksAt(m, 0);
    }

    /** A helper's checks are looked up one level deeper each time, up to {@link CallChecks#MAX_HELPER_DEPTH}. */
    private CallChecks checksAt(MethodModel m, int depth) {
        return checks.computeIfAbsent(m.id() + "#" + depth,
                k -> new CallChecks(view(m), catalog, x -> checksAt(x, depth + 1), depth, strict));
    }

    private MethodView view(MethodModel m) {
        return views.computeIfAbsent(m.id(), k -> new MethodView(m, program));
    }

    /**
     * The method's guards ({@link #guards}, memoized) are classified only once it has an effect to protect: most
     * methods of a large program reach none.
     */
    private List<ProtectedEffect> compute(MethodModel m, int depth) {
        MethodView v = view(m);
        List<ProtectedEffect> out = new ArrayList<>();
        for (ResolvedCall rc : v.calls) {
            CallSite site = rc.site();
            Hop hop = new Hop(m.id(), m.displayName(), site, List.of());
            if (rc.effect() != null) {
                String verb = ProtectedEffects.verb(catalog, v, site.index(), rc.effect());
                if (verb != null) {
                    out.add(new ProtectedEffect(identity(v, site.index(), rc.effect()), rc.effect(), verb,
                            List.of(hop), covering(guards(m).at(site.index()), rc.effect())));
                }
            } else {
                ProtectedEffects.Action action = ProtectedEffects.action(catalog, v, site.index());
                if (action != null) {
                    out.add(new ProtectedEffect(identity(v, site.index(), action.effect()), action.effect(),
                            action.verb(), List.of(hop), covering(guards(m).at(site.index()), action.effect())));
                }
            }
            for (String target : rc.targets()) {
                MethodModel callee = program.program().method(target).orElse(null);
                if (callee == null || inProgress.contains(target) || out.size() >= MAX_EFFECTS) {
                    continue;
                }
                List<ProtectedEffect> reached = effects(callee);
                if (reached.isEmpty()) {
                    continue;
                }
                List<GuardFact> local = guards(m).at(site.index());
                Map<String, String> bindings = CallChecks.bindings(callee, site);
                Map<String, String> locals = v.locals();
                for (ProtectedEffect pe : reached) {
                    if (pe.path().size() >= MAX_PATH) {
                        continue;
                    }
                    List<Hop> path = new ArrayList<>(pe.path().size() + 1);
                    path.add(hop);
                    path.addAll(pe.path());
                    List<GuardFact> all = new ArrayList<>(covering(local, pe.effect()));
                    for (GuardFact f : pe.guards()) {
                        all.add(f.withKey(Keys.substitute(Keys.substitute(f.key(), bindings), locals)));
                    }
                    out.add(new ProtectedEffect(pe.identity(), pe.effect(), pe.verb(), List.copyOf(path),
                            List.copyOf(all)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<GuardFact> covering(List<GuardFact> facts, Effect effect) {
        return facts.stream().filter(f -> f.covers(effect.kind().id())).toList();
    }

    /** Effect kind, API and receiver type: what "the same effect" means between BEFORE and AFTER. */
    static String identity(MethodView v, int index, Effect effect) {
        String receiver = v.receiverType(index);
        String type = receiver != null ? GuardCatalog.simple(receiver) : effect.resource();
        return effect.kind().id() + "|" + effect.api() + "|" + type;
    }

    /** Argument texts of a call, for messages. */
    static String args(CallSite site) {
        return String.join(", ", site.args().stream().map(Expr::text).toList());
    }
}
