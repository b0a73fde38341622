package dev.opsdiff.guard;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * De-duplication of the items a loop acts on: {@code ids.stream().distinct()}, {@code collect(toSet())},
 * {@code new LinkedHashSet<>(ids)} (catalog shape {@code distinct}) feeding the loop directly, through locals, copies
 * and {@code addAll}, or through a project helper that returns them. Each item's side effect then runs once however
 * often the source lists it, so the de-duplication guards the calls in the loop; without it a listed-twice item is
 * acted on twice within one run, whoever calls the method.
 */
final class DedupedLoops {
    /** Collection methods that put their argument's items into the receiver. */
    private static final Set<String> FILLS = Set.of("addAll", "add", "addFirst", "addLast", "offer", "push");
    private static final Pattern NAME = Pattern.compile("(this\\.)?([\\w$]+)");
    private final MethodView view;
    private final List<GuardCatalog.Entry> entries;
    private final Function<MethodModel, MethodView> helperViews;

    private DedupedLoops(MethodView view, List<GuardCatalog.Entry> entries,
                         Function<MethodModel, MethodView> helperViews) {
        this.view = view;
        this.entries = entries;
        this.helperViews = helperViews;
    }

    /** Records, for each loop fed by a de-duplication, a {@code dedupe} guard on every call the loop makes. */
    static void protect(MethodView view, GuardCatalog catalog, Function<MethodModel, MethodView> helperViews,
                        BiConsumer<Integer, GuardFact> protect, Consumer<GuardFact> site) {
        List<GuardCatalog.Entry> entries = catalog.guards(GuardCatalog.Shape.DISTINCT);
        if (entries.isEmpty() || view.method.loops().isEmpty()) {
            return;
        }
        DedupedLoops d = new DedupedLoops(view, entries, helperViews);
        for (Loop loop : view.method.loops()) {
            List<Integer> inside = d.callsIn(loop);
            if (inside.isEmpty()) {
                continue;
            }
            GuardFact f = d.feeding(loop);
            if (f != null) {
                site.accept(f);
                inside.forEach(i -> protect.accept(i, f));
            }
            d.seenInLoop(loop, inside, protect, site);
        }
    }

    /**
     * {@code if (!seen.add(id)) continue;} on a set the method builds: the items are de-duplicated inside the loop, for
     * the calls the test decides.
     */
    private void seenInLoop(Loop loop, List<Integer> inside, BiConsumer<Integer, GuardFact> protect,
                            Consumer<GuardFact> site) {
        for (int c : inside) {
            CallSite add = view.site(c);
            if (!add.name().equals("add") || add.argCount() != 1 || add.receiver().kind() != Receiver.Kind.VARIABLE) {
                continue;
            }
            GuardFact set = search(Set.of(), Set.of(add.receiver().variableName()));
            if (set == null) {
                continue;
            }
            for (Guard g : view.method.guards()) {
                if (!g.conditionCalls().contains(c)) {
                    continue;
                }
                GuardFact f = new GuardFact(GuardKind.DEDUPE, GuardFact.Origin.DEDUPLICATION, "add", g.condition().text(),
                        null, null, g.location(), view.method.id(), c, Set.of(), false);
                site.accept(f);
                for (int w : inside) {
                    if (view.site(w).guards().stream().anyMatch(ref -> ref.guard() == g.index())) {
                        protect.accept(w, f);
                    }
                }
            }
        }
    }

    /** The calls the loop makes; for a callback loop also the iteration call, where effects in callbacks are seen. */
    private List<Integer> callsIn(Loop loop) {
        List<Integer> out = new java.util.ArrayList<>(view.calls.stream().map(rc -> rc.site())
                .filter(s -> view.method.runsIn(s, loop.index())).map(CallSite::index).toList());
        if (loop.kind() == LoopKind.ITERATION_CALLBACK && !out.isEmpty() && headerCall(loop) >= 0) {
            out.add(headerCall(loop));
        }
        return out;
    }

    /** The de-duplication that feeds the loop, or null. */
    private GuardFact feeding(Loop loop) {
        Set<Integer> seeds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        if (loop.kind() == LoopKind.ITERATION_CALLBACK) {
            int header = headerCall(loop);
            if (header < 0) {
                return null;
            }
            List<Integer> chain = view.receiverChain(header);
            seeds.addAll(chain);
            int bottom = chain.isEmpty() ? header : chain.get(chain.size() - 1);
            addName(view.site(bottom).receiver(), names);
        } else if (loop.kind() == LoopKind.ENHANCED_FOR) {
            for (var rc : view.calls) {
                CallSite s = rc.site();
                if (!view.method.runsIn(s, loop.index()) && inside(s.location(), loop.location())
                        && loop.iterates().contains(s.text())) {
                    seeds.add(s.index());
                }
            }
            var m = NAME.matcher(loop.iterates());
            if (m.matches()) {
                names.add(m.group(2));
            }
        } else {
            return null;
        }
        return search(seeds, names);
    }

    /** The iteration call ({@code forEach}, stream {@code map}) whose callback the loop is. */
    private int headerCall(Loop loop) {
        for (var rc : view.calls) {
            // The whole range: a chain's receiver calls start where the iteration call does.
            if (rc.site().location().equals(loop.location())) {
                return rc.site().index();
            }
        }
        return -1;
    }

    private GuardFact search(Set<Integer> seedCalls, Set<String> seedNames) {
        Deque<Integer> calls = new ArrayDeque<>(seedCalls);
        Deque<String> names = new ArrayDeque<>(seedNames);
        Set<Integer> seenCalls = new HashSet<>();
        Set<String> seenNames = new HashSet<>();
        while (!calls.isEmpty() || !names.isEmpty()) {
            if (!calls.isEmpty()) {
                int c = calls.pop();
                if (!seenCalls.add(c)) {
                    continue;
                }
                GuardFact f = dedupe(view, c);
                if (f == null) {
                    f = helperDedupe(c);
                }
                if (f != null) {
                    return f;
                }
                calls.addAll(view.receiverChain(c));
                Set<Integer> nested = new LinkedHashSet<>();
                view.site(c).args().forEach(a -> MethodView.callsIn(a, nested));
                calls.addAll(nested);
                continue;
            }
            String name = names.pop();
            if (!seenNames.add(name)) {
                continue;
            }
            for (var rc : view.calls) {
                CallSite s = rc.site();
                boolean fills = FILLS.contains(s.name()) && name.equals(s.receiver().variableName());
                if (name.equals(s.assignedTo()) || fills) {
                    calls.add(s.index());
                    // A copy or a fill hands on another collection's items: new ArrayList<>(items), all.addAll(items).
                    for (Expr a : s.args()) {
                        if (a instanceof Expr.Name n) {
                            names.add(n.name());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The call itself de-duplicates: a catalog {@code distinct} entry. */
    private GuardFact dedupe(MethodView in, int index) {
        CallSite s = in.site(index);
        for (GuardCatalog.Entry e : entries) {
            if (e.matchesName(s.name()) && GuardCatalog.typeMatches(e.types(), in.receiverClosure(index))
                    && (e.types().isEmpty() || in.receiverType(index) != null)) {
                String api = s.name().equals(CallSite.CONSTRUCTOR) ? "new " + GuardCatalog.simple(
                        in.receiverType(index)) : s.name();
                return new GuardFact(GuardKind.DEDUPE, GuardFact.Origin.DEDUPLICATION, api, s.shortChainText(), null, null,
                        s.location(), in.method.id(), index, Set.of(), false);
            }
        }
        return null;
    }

    /** A project helper the items come from, whose body de-duplicates ({@code return ...collect(toSet())}). */
    private GuardFact helperDedupe(int index) {
        for (String target : view.calls.get(index).targets()) {
            MethodModel m = view.program.program().method(target).orElse(null);
            if (m == null || !m.hasBody() || m == view.method) {
                continue;
            }
            MethodView helper = helperViews.apply(m);
            for (int i = 0; i < helper.calls.size(); i++) {
                GuardFact f = dedupe(helper, i);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void addName(Receiver r, Set<String> names) {
        if (r.kind() == Receiver.Kind.VARIABLE && r.text() != null) {
            names.add(r.variableName());
        }
    }

    private static boolean inside(Location l, Location outer) {
        return l.path().equals(outer.path()) && l.line() >= outer.line() && l.endLine() <= outer.endLine();
    }
}
