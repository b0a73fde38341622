package dev.opsdiff.guard;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.source.Whitespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the guards of one method and the calls each protects: conditions, throwing checks and request keys that
 * run before a call, callbacks that run only when absent, catches around a write, guard clauses in its SQL, and
 * annotations on the method, its parameters and the written entity.
 * <p>
 * In strict mode (BEFORE) a condition counts only when it points the right way ({@code if (!repo.existsById(id))
 * throw} is a validation, not a guard); in lenient mode (AFTER) any condition holding a test counts, so a rewritten
 * guard is never reported as missing.
 */
final class GuardClassifier {
    /** Conditions longer than this are named by their test call, not in full. */
    private static final int MAX_CONDITION_TEXT = 80;

    private final CallChecks checks;
    private final MethodView view;
    private final GuardCatalog catalog;
    private final boolean strict;
    private final Function<MethodModel, MethodGuards> helperGuards;
    private final Map<Integer, List<GuardFact>> protecting = new HashMap<>();
    private final List<GuardFact> sites = new ArrayList<>();
    private final List<GuardFact> throwing = new ArrayList<>();
    private final List<GuardFact> keys = new ArrayList<>();
    private final Map<String, String> locals;
    private final DeclaredGuards declared;

    GuardClassifier(CallChecks checks, GuardCatalog catalog, boolean strict,
                    Function<MethodModel, MethodGuards> helperGuards) {
        this.checks = checks;
        this.view = checks.view();
        this.catalog = catalog;
        this.strict = strict;
        this.helperGuards = helperGuards;
        this.locals = view.locals();
        this.declared = new DeclaredGuards(view, catalog, this::add, sites::add);
    }

    /**
     * What a caller lifts from this method as a helper: its throwing checks and the keys it builds. Both come from its
     * own conditions and calls only, never from its helpers' guards, so they are worked out without classifying the
     * whole call tree below it, and the same whichever method asked first.
     */
    MethodGuards asHelper() {
        conditions();
        view.calls.forEach(rc -> sequence(rc.site().index()));
        return new MethodGuards(Map.of(), List.of(), List.copyOf(throwing), List.copyOf(keys));
    }

    MethodGuards classify() {
        conditions();
        for (ResolvedCall rc : view.calls) {
            int i = rc.site().index();
            sequences(i);
            declared.catches(i);
            inline(i);
            callbacks(i);
            declared.entity(i);
            ignoredClaim(i);
        }
        declared.annotations();
        HandleChecks.stops(view, catalog, this::add, sites::add);
        DedupedLoops.protect(view, catalog, checks::helperView, this::add, sites::add);
        Map<Integer, List<GuardFact>> frozen = new HashMap<>();
        protecting.forEach((k, v) -> frozen.put(k, List.copyOf(new LinkedHashSet<>(v))));
        return new MethodGuards(Map.copyOf(frozen), List.copyOf(sites), List.copyOf(throwing), List.copyOf(keys));
    }

    // ---- conditions ---------------------------------------------------------------------------------------------

    private void conditions() {
        Map<Integer, Check> byCall = new HashMap<>();
        Map<String, Check> byName = new HashMap<>();
        for (Guard g : view.method.guards()) {
            g.conditionCalls().forEach(i -> checks.check(i).ifPresent(t -> byCall.put(i, t)));
            for (String name : g.names()) {
                Integer assigned = view.assigned.get(name);
                if (assigned != null) {
                    checks.check(assigned).ifPresent(t -> byName.put(name, t));
                }
            }
        }
        HandleChecks.add(view, catalog, byCall, byName);
        UnchangedValueChecks.add(view, byCall);
        Map<Integer, SelfSetStates.State> selfSet = SelfSetStates.find(view);
        Map<String, String> states = new HashMap<>();
        selfSet.values().forEach(s -> states.put(s.field(), s.constant()));
        ConditionLogic logic = new ConditionLogic(byCall, byName, states);
        for (Guard g : view.method.guards()) {
            List<Check> atoms = new ArrayList<>();
            g.conditionCalls().stream().map(byCall::get).filter(t -> t != null).forEach(atoms::add);
            g.names().stream().map(byName::get).filter(t -> t != null && !atoms.contains(t)).forEach(atoms::add);
            SelfSetStates.State own = selfSet.get(g.index());
            if (own != null) {
                atoms.add(new Check(GuardKind.STATUS, GuardCatalog.Sense.BY_CONSTANT, null, own.field() + " == "
                        + own.constant(), g.condition().text(), null, null, -1));
            }
            if (atoms.isEmpty()) {
                continue;
            }
            ConditionLogic.Truth truth = logic.of(g.condition());
            List<GuardFact> facts = atoms.stream().map(t -> conditionFact(g, t)).toList();
            sites.addAll(facts);
            // Lenient (AFTER) reading accepts a condition it cannot orient; of lookups (a row found means done) it
            // also knows the direction, so one that surely points the other way is a validation on both sides
            // (if (!tenantExists(id)) return;). Status words are guessed from names and stay lenient.
            boolean oriented = strict || atoms.stream().allMatch(a -> a.kind() == GuardKind.EXISTENCE);
            // Work runs after an exit (or in an else) when the condition was false: done must imply the condition.
            // An exit on "done and something more" (a stale event: finished, yet the event says running) still stops
            // the repeat whenever the something more holds: a guard narrowed by a condition, not a validation.
            boolean guardsWhenFalse = strict ? truth.doneImplies()
                    || g.kind() == Guard.Kind.EARLY_EXIT && logic.partlyDone(g.condition())
                    : !oriented || !truth.equals(ConditionLogic.Truth.FRESH);
            // Work runs in the then-branch when the condition was true: the condition must imply "not done yet".
            boolean guardsWhenTrue = strict ? truth.impliesFresh()
                    : !oriented || !truth.equals(ConditionLogic.Truth.DONE);
            if (g.kind() == Guard.Kind.EARLY_EXIT && "throw".equals(g.exit()) && guardsWhenFalse) {
                // A test of the object's own run (a run-once gate in start()) guards that object's work only, not
                // what a caller does after calling it.
                facts.stream().filter(f -> !f.recordsRun()).forEach(throwing::add);
            }
            for (ResolvedCall rc : view.calls) {
                for (GuardRef ref : rc.site().guards()) {
                    if (ref.guard() == g.index() && (ref.whenTrue() ? guardsWhenTrue : guardsWhenFalse)) {
                        add(rc.site().index(), facts);
                    }
                }
            }
        }
    }

    private GuardFact conditionFact(Guard g, Check t) {
        String condition = g.condition().text();
        String bare = condition.startsWith("!") ? condition.substring(1) : condition;
        // "!lock.tryLock()" is named as the call; "count(..) == 0" or "status == PAID" as the whole comparison.
        // A short compound condition is named in full: `job.getState()` alone would not say which test was lost.
        boolean compound = condition.contains("&&") || condition.contains("||");
        boolean simple = (compound || bare.startsWith(t.text()) && !bare.equals(t.text()))
                && condition.length() <= MAX_CONDITION_TEXT;
        return new GuardFact(t.kind(), GuardFact.Origin.CONDITION, t.api(), simple ? condition : t.text(), t.key(),
                t.keyText(), g.location(), view.method.id(), t.callIndex(), Set.of(), SelfSetStates.recordsRun(view, t));
    }

    // ---- calls that guard what follows them --------------------------------------------------------------------

    private void sequences(int i) {
        if (sequence(i)) {
            return;
        }
        CallSite s = view.site(i);
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.ASSERT, s.name())) {
            if (checks.matches(e, i) && !s.args().isEmpty()) {
                Set<Integer> inside = new LinkedHashSet<>();
                MethodView.callsIn(s.args().get(0), inside);
                Map<Integer, Check> atoms = new HashMap<>();
                inside.forEach(c -> checks.check(c).ifPresent(t -> atoms.put(c, t)));
                if (atoms.isEmpty()) {
                    continue;
                }
                // Assert.state(cond) lets the work run only when cond holds: cond must imply "not done yet";
                // throwIfTrue(cond, ..) only when it does not: "already done" must imply cond.
                ConditionLogic.Truth truth = new ConditionLogic(atoms, Map.of()).of(s.args().get(0));
                boolean valid = !strict || (e.throwsWhenTrue() ? truth.doneImplies() : truth.impliesFresh());
                for (Check t : atoms.values()) {
                    GuardFact f = fact(t.kind(), GuardFact.Origin.SEQUENCE, t.api(), s.text(), t.key(), t.keyText(),
                            s.location(), i, Set.of());
                    sites.add(f);
                    if (valid) {
                        guardFollowing(i, f);
                    }
                }
                return;
            }
        }
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.REPOSITORY_ANNOTATION)) {
            Optional<MethodModel> declared = view.declared(i);
            if (declared.isPresent() && SequenceCalls.repositoryAnnotated(view, e, declared.get())) {
                guardFollowing(i, fact(e.kind(), GuardFact.Origin.SEQUENCE, "@" + GuardCatalog.simple(
                        e.api().annotations().get(0)), s.text(), null, null, s.location(), i, e.scope()));
                return;
            }
        }
        throwingHelper(i);
    }

    /** A call of a sequence entry ({@code lock(key)}, a request key) guards what follows it. */
    private boolean sequence(int i) {
        CallSite s = view.site(i);
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.SEQUENCE, s.name())) {
            if (checks.matches(e, i) && SequenceCalls.headerMatches(e, s) && checksAfter(e, s)) {
                String keyText = e.api().headers() != null && !e.api().headers().isEmpty()
                        ? (s.args().size() > 1 ? s.args().get(1).text() : null)
                        : CallChecks.keyText(e.keyArgs(), s.args());
                GuardFact f = fact(e.kind(), GuardFact.Origin.SEQUENCE, s.name(), SequenceCalls.ownText(s),
                        Keys.substitute(keyText, locals), keyText, s.location(), i, e.scope());
                guardFollowing(i, f);
                if (e.kind() == GuardKind.IDEMPOTENCY_KEY) {
                    keys.add(f);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A JVM lock ({@code WRITE_LOCK.lock()}) guards a check-then-act only: some condition must follow it in the
     * method, or it merely serialises writes that would repeat anyway.
     */
    private boolean checksAfter(GuardCatalog.Entry e, CallSite lock) {
        return !DeclaredGuards.requiresCheck(e) || view.method.guards().stream()
                .anyMatch(g -> g.location().line() >= lock.location().line());
    }

    /** {@code ensureNotProcessed(id);}: a project method that throws when the work was done guards what follows. */
    private void throwingHelper(int i) {
        CallSite s = view.site(i);
        for (String target : view.calls.get(i).targets()) {
            MethodModel callee = view.program.program().method(target).orElse(null);
            if (callee == null || callee.id().equals(view.method.id())) {
                continue;
            }
            Map<String, String> bindings = CallChecks.bindings(callee, s);
            MethodGuards inner = helperGuards.apply(callee);
            for (GuardFact g : inner.throwingChecks()) {
                guardFollowing(i, lifted(g, i, bindings));
            }
            for (GuardFact g : inner.keys()) {
                GuardFact f = lifted(g, i, bindings);
                sites.add(f);
                for (ResolvedCall rc : view.calls) {
                    if (receivesResultOf(rc.site(), i)) {
                        add(rc.site().index(), List.of(f));
                    }
                }
            }
        }
    }

    private GuardFact lifted(GuardFact inner, int call, Map<String, String> bindings) {
        CallSite s = view.site(call);
        String key = Keys.substitute(Keys.substitute(inner.key(), bindings), locals);
        return fact(inner.kind(), GuardFact.Origin.SEQUENCE, inner.api(), s.text(), key,
                Keys.substitute(inner.keyText(), bindings), s.location(), call, inner.scope());
    }

    /** {@code create(params, optionsFor(id))}, or {@code options = optionsFor(id); create(params, options)}. */
    private boolean receivesResultOf(CallSite c, int producer) {
        if (view.argumentCalls(c.index()).contains(producer)) {
            return true;
        }
        return c.args().stream().anyMatch(a -> a instanceof Expr.Name n
                && Integer.valueOf(producer).equals(view.assigned.get(n.name())));
    }

    /**
     * The fact protects every later call the guarding call dominates, and the call whose arguments hold it
     * ({@code PaymentIntent.create(params, RequestOptions.builder().setIdempotencyKey(key).build())}).
     */
    private void guardFollowing(int guardCall, GuardFact f) {
        sites.add(f);
        for (ResolvedCall rc : view.calls) {
            int c = rc.site().index();
            if (view.dominates(guardCall, c) || view.argumentCalls(c).contains(guardCall)) {
                add(c, List.of(f));
            }
        }
    }

    // ---- inline SQL, callbacks, ignored claims ------------------------------------------------------------------

    /** Guard clauses written into the write itself; a row lock also guards what follows the locking query. */
    private void inline(int i) {
        ResolvedCall rc = view.calls.get(i);
        if (rc.effect() == null) {
            return;
        }
        CallSite c = rc.site();
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.INLINE, c.name())) {
            if (!checks.matches(e, i)) {
                continue;
            }
            String clause = clause(e, i);
            GuardFact f = fact(e.kind(), GuardFact.Origin.INLINE, clause, clause, null, null, c.location(), i,
                    e.scope());
            add(i, List.of(f));
            if (e.kind() == GuardKind.LOCK) {
                guardFollowing(i, f);
            } else {
                sites.add(f);
            }
            return;
        }
    }

    /** The matched SQL clause in upper case ({@code ON CONFLICT}), or the matched argument text. */
    private String clause(GuardCatalog.Entry e, int i) {
        Pattern p = e.sql() != null ? e.sql() : e.argPattern();
        String source = e.sql() != null ? String.join(" ", view.sqlTexts(i)) : view.argsText(i);
        // The catalog's SQL patterns match the whole statement ("(?is).*clause.*"); the clause alone names the guard.
        String inner = p.pattern().replaceFirst("^\\(\\?is\\)\\.\\*", "").replaceFirst("\\.\\*$", "");
        String found = source;
        try {
            java.util.regex.Matcher m = Pattern.compile(inner, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                    .matcher(source);
            found = m.find() ? m.group() : source;
        } catch (java.util.regex.PatternSyntaxException ex) {
            // a user pattern that does not survive the trimming: name the whole text instead
        }
        found = Whitespace.squeezed(found).strip();
        return e.sql() != null ? found.toUpperCase(Locale.ROOT) : found;
    }

    /** Work inside {@code findBy..().orElseGet(() -> ...)} or {@code map.computeIfAbsent(k, k -> ...)}. */
    private void callbacks(int i) {
        for (int x = view.site(i).callbackOf(); x >= 0; x = view.site(x).callbackOf()) {
            for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.CALLBACK, view.site(x).name())) {
                if (!checks.matches(e, x)) {
                    continue;
                }
                if (e.kind() == GuardKind.CLAIM) {
                    CallSite owner = view.site(x);
                    String keyText = CallChecks.keyText(e.keyArgs(), owner.args());
                    add(i, List.of(fact(e.kind(), GuardFact.Origin.CALLBACK, owner.name(), owner.receiver().text()
                                    + "." + owner.name() + "(" + keyText + ", ...)", Keys.substitute(keyText, locals),
                            keyText, owner.location(), x, Set.of())));
                }
                for (int lookup : view.receiverChain(x)) {
                    Optional<Check> t = checks.check(lookup);
                    if (t.isPresent() && t.get().kind() == GuardKind.EXISTENCE) {
                        add(i, List.of(fact(t.get().kind(), GuardFact.Origin.CALLBACK, t.get().api(),
                                t.get().text() + "." + view.site(x).name() + "(...)", t.get().key(), t.get().keyText(),
                                view.site(x).location(), lookup, Set.of())));
                    }
                }
            }
        }
    }

    /** {@code processed.add(id);} as a statement: a claim whose answer nobody reads. */
    private void ignoredClaim(int i) {
        Optional<Check> t = checks.catalogCheck(i);
        if (t.isPresent() && t.get().kind() == GuardKind.CLAIM && !view.resultUsed(i)) {
            sites.add(fact(GuardKind.CLAIM, GuardFact.Origin.IGNORED_RESULT, t.get().api(), t.get().text(),
                    t.get().key(), t.get().keyText(), view.site(i).location(), i, Set.of()));
        }
    }

    private GuardFact fact(GuardKind kind, GuardFact.Origin origin, String api, String text, String key,
                           String keyText, Location location, int callIndex, Set<String> scope) {
        return new GuardFact(kind, origin, api, text, key, keyText, location, view.method.id(), callIndex, scope,
                false);
    }

    private void add(int call, List<GuardFact> facts) {
        protecting.computeIfAbsent(call, k -> new ArrayList<>()).addAll(facts);
    }

    private void add(int call, GuardFact fact) {
        add(call, List.of(fact));
    }
}
