package dev.opsdiff.retry;

import dev.opsdiff.catalog.BackoffVocabulary;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Time gates and their loss. A time gate is a condition that holds work back until enough time has passed: a clock
 * compared with a stamp ({@code now < call.nextAllowedTryMs}), two stamps subtracted and compared ({@code eventTime -
 * lastRefreshTime > interval}), a check handed the clock ({@code canTryLock(id, System.currentTimeMillis())}) or a
 * rate limiter's permit. State machines, pollers and re-queueing retries back off this way rather than with a sleep;
 * when a method loses the gate in front of work it still does, that work runs on every pass — after a failure, again
 * immediately. The vocabulary (clock methods, names) is catalog data ({@code backoffs:}).
 */
public final class TimeGates {
    /** How far up the callers a moved gate is looked for: a task manager gating the task that calls the helper. */
    private static final int CALLER_DEPTH = 3;
    /** How re-queued work goes back on a JDK queue, list or executor. */
    private static final Set<String> REQUEUE = Set.of("add", "addLast", "addFirst", "offer", "offerLast", "put",
            "submit", "execute", "schedule");
    private static final java.util.regex.Pattern BOUND_NAME = java.util.regex.Pattern.compile(
            "(?i).*(max|limit|cap|bound|allowed|threshold).*");
    private static final Set<String> RELATIONAL = Set.of("<", ">", "<=", ">=");
    /** Logging, however the logger field is named: never the work a gate holds back. */
    private static final Pattern LOGGER = Pattern.compile("(?i)(log|logger|_log|_logger|slf4jlog|logging|audit)");

    /**
     * Work a BEFORE time gate held back that AFTER runs without one.
     *
     * @param gate       the BEFORE gate
     * @param beforeCall the gated call in BEFORE
     * @param afterCall  the same call in AFTER, now ungated (where the finding goes)
     * @param kind       what the gate held the work back by
     */
    public record LostGate(Guard gate, CallSite beforeCall, CallSite afterCall, GateKind kind) {
    }

    /** What a gate holds work back by: time, a rate limiter's permits, or a cap on the attempts of re-queued work. */
    public enum GateKind { TIME, RATE_LIMIT, ATTEMPT_CAP, STAMP_ON_FAILURE }

    private final ResolvedProgram program;
    private final Set<String> clocks;
    private final Set<String> throttles;
    private final Pattern clockNames;
    private final Pattern stampNames;
    private final Pattern attemptNames;
    private final Map<MethodModel, Boolean> gated = new WeakHashMap<>();
    /** Names and arities of project methods that read the clock, built on first use. */
    private Set<String> clockReaders;
    /** Call sites by callee name and arity, built on first use. */
    private Map<String, List<Map.Entry<MethodModel, CallSite>>> callers;

    private TimeGates(ResolvedProgram program) {
        this.program = program;
        BackoffVocabulary v = program.catalog().backoffs();
        this.clocks = v.clocks();
        this.throttles = v.throttles();
        this.clockNames = v.clockNames();
        this.stampNames = v.stampNames();
        this.attemptNames = v.attemptNames();
    }

    /** The time-gate view of one program (memoized: the gates of a method are asked for by every pair near it). */
    public static TimeGates of(ResolvedProgram program) {
        return program.analysis(TimeGates.class, TimeGates::new);
    }

    /**
     * The first call of {@code after} that {@code before} ran only behind a time gate and {@code after} runs behind
     * none, when {@code after} has no time gate left at all and no caller gates it that did not before.
     * A gate that moved (into the condition of another check, into a caller, or into a callee that now holds the
     * work) is not lost.
     */
    public Optional<LostGate> lost(MethodModel before, MethodModel after, TimeGates afterGates) {
        if (!hasGate(before) || afterGates.hasGate(after)) {
            return Optional.empty();
        }
        return lost(before, after, afterGates, this::isGate, false);
    }

    /**
     * Like {@link #lost(MethodModel, MethodModel, TimeGates)} for an attempt cap ({@code if (call.tries >
     * maxRetries) { fail(); return; }}) in front of work outside any loop of the method: work re-queued or
     * re-entered after a failure, whose cap was the only bound on its attempts. A loop's own bound is the
     * hand-written retry detector's.
     */
    public Optional<LostGate> lostCap(MethodModel before, MethodModel after, TimeGates afterGates) {
        if (attemptNames == null || before.guards().stream().noneMatch(g -> isCap(g.condition()))
                || after.guards().stream().anyMatch(g -> afterGates.isCap(g.condition()))) {
            return Optional.empty();
        }
        return lost(before, after, afterGates, this::isCap, true);
    }

    private Optional<LostGate> lost(MethodModel before, MethodModel after, TimeGates afterGates,
                                    Predicate<Expr> isGate, boolean outsideLoops) {
        // Work BEFORE ran only behind a gate, in BEFORE's order (a call also made ungated was never held back).
        Map<String, CallSite> held = new LinkedHashMap<>();
        Map<String, Guard> heldBy = new LinkedHashMap<>();
        Set<String> free = new HashSet<>();
        for (CallSite c : before.calls()) {
            Guard gate = gateOf(before, c, isGate);
            if (gate == null) {
                free.add(key(c));
            } else if (isWork(before, c, Set.copyOf(gate.conditionCalls()), outsideLoops)
                    && !(outsideLoops && c.loop() >= 0) && !inExitBranch(gate, c)) {
                held.putIfAbsent(key(c), c);
                heldBy.putIfAbsent(key(c), gate);
            }
        }
        held.keySet().removeAll(free);
        if (held.isEmpty()
                || !gatingCallers(before, isGate).containsAll(afterGates.gatingCallers(after, isGate))) {
            return Optional.empty();
        }
        Map<String, CallSite> now = new HashMap<>();
        for (CallSite c : after.calls()) {
            if (afterGates.isWork(after, c, Set.of(), outsideLoops) && !(outsideLoops && c.loop() >= 0)) {
                now.putIfAbsent(key(c), c);
            }
        }
        for (var e : held.entrySet()) {
            CallSite ungated = now.get(e.getKey());
            if (ungated != null) {
                Guard gate = heldBy.get(e.getKey());
                GateKind kind = outsideLoops ? GateKind.ATTEMPT_CAP
                        : throttles(gate.condition()) ? GateKind.RATE_LIMIT : GateKind.TIME;
                return Optional.of(new LostGate(gate, e.getValue(), ungated, kind));
            }
        }
        return Optional.empty();
    }

    /** Whether any condition of the method is a time gate. */
    public boolean hasGate(MethodModel m) {
        synchronized (gated) {
            Boolean known = gated.get(m);
            if (known != null) {
                return known;
            }
        }
        boolean any = m.guards().stream().anyMatch(g -> isGate(g.condition()));
        synchronized (gated) {
            gated.put(m, any);
        }
        return any;
    }

    /**
     * Callers of the method, up to {@link #CALLER_DEPTH} calls up and matched by name and arity, that call towards it
     * behind a time gate. One that AFTER has and BEFORE had not is where the gate moved ({@code addTask} now gates
     * {@code task.initialize()}, which reaches the method that lost its gate).
     */
    private Set<String> gatingCallers(MethodModel m, Predicate<Expr> isGate) {
        Set<String> out = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<MethodModel> level = List.of(m);
        for (int depth = 0; depth < CALLER_DEPTH && !level.isEmpty(); depth++) {
            List<MethodModel> next = new ArrayList<>();
            for (MethodModel callee : level) {
                for (var site : callersOf(callee.name() + "/" + callee.parameters().size())) {
                    if (gateOf(site.getKey(), site.getValue(), isGate) != null) {
                        out.add(site.getKey().id());
                    } else if (seen.add(site.getKey().id())) {
                        next.add(site.getKey());
                    }
                }
            }
            level = next;
        }
        return out;
    }

    private List<Map.Entry<MethodModel, CallSite>> callersOf(String nameAndArity) {
        synchronized (gated) {
            if (callers == null) {
                callers = new HashMap<>();
                for (MethodModel caller : program.program().methods()) {
                    for (CallSite c : caller.calls()) {
                        callers.computeIfAbsent(c.name() + "/" + c.argCount(), k -> new ArrayList<>())
                                .add(Map.entry(caller, c));
                    }
                }
            }
            return callers.getOrDefault(nameAndArity, List.of());
        }
    }

    private Guard gateOf(MethodModel m, CallSite c, Predicate<Expr> isGate) {
        for (GuardRef ref : c.guards()) {
            Guard g = m.guards().get(ref.guard());
            if (isGate.test(g.condition())) {
                return g;
            }
        }
        return null;
    }

    /** Whether the condition holds work back by time: see the class comment for the shapes. */
    boolean isGate(Expr condition) {
        if (condition instanceof Expr.Binary b) {
            return RELATIONAL.contains(b.operator())
                    ? readsClock(b) || isStampDifference(b.left()) || isStampDifference(b.right())
                    : isGate(b.left()) || isGate(b.right());
        }
        if (condition instanceof Expr.Unary u) {
            return isGate(u.operand());
        }
        if (condition instanceof Expr.Call c) {
            return throttles.contains(c.name()) || c.args().stream().anyMatch(this::readsClock)
                    || (c.scope() != null && (isGate(c.scope()) || readsClock(c.scope())))
                    || helperReadsClock(c.name(), c.args().size());
        }
        return false;
    }

    /** {@code if (!isDue(entry)) continue;}: a project method of that name and arity that reads the clock. */
    private boolean helperReadsClock(String name, int arity) {
        synchronized (gated) {
            if (clockReaders == null) {
                clockReaders = new HashSet<>();
                for (MethodModel m : program.program().methods()) {
                    if (m.calls().stream().anyMatch(this::isClock)) {
                        clockReaders.add(m.name() + "/" + m.parameters().size());
                    }
                }
            }
            return clockReaders.contains(name + "/" + arity);
        }
    }

    /**
     * {@code call.tries > maxRetries}, {@code attempts >= MAX_ATTEMPTS}: a relational comparison (or {@code ==} with
     * something other than zero) one side of which counts attempts ({@code backoffs: attemptNames}).
     */
    boolean isCap(Expr condition) {
        if (condition instanceof Expr.Unary u) {
            return isCap(u.operand());
        }
        if (!(condition instanceof Expr.Binary b)) {
            return false;
        }
        if (b.operator().equals("&&") || b.operator().equals("||")) {
            return isCap(b.left()) || isCap(b.right());
        }
        boolean compares = RELATIONAL.contains(b.operator()) || b.operator().equals("==")
                && !(b.left() instanceof Expr.Literal l && "0".equals(l.text()))
                && !(b.right() instanceof Expr.Literal r && "0".equals(r.text()));
        if (!compares) {
            return false;
        }
        boolean left = countsAttempts(b.left());
        boolean right = countsAttempts(b.right());
        // Two attempt counts compared (event.attempt() <= job.getAttempt(): a stale event) order attempts; a cap
        // compares a count with a bound (tries > maxRetries).
        return left && right ? BOUND_NAME.matcher(b.left().text()).matches()
                || BOUND_NAME.matcher(b.right().text()).matches() : left || right;
    }

    private boolean countsAttempts(Expr e) {
        return !(e instanceof Expr.Literal) && attemptNames.matcher(e.text()).matches();
    }

    /** {@code System.nanoTime()}, {@code time.milliseconds()}: a read of the current time. */
    boolean isClock(CallSite c) {
        return clocks.contains(c.name()) && c.argCount() <= 1;
    }

    /** Whether the gate is a rate limiter's permit rather than a comparison of times. */
    private boolean throttles(Expr e) {
        if (e instanceof Expr.Unary u) {
            return throttles(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return throttles(b.left()) || throttles(b.right());
        }
        return e instanceof Expr.Call c && throttles.contains(c.name());
    }

    private boolean readsClock(Expr e) {
        if (e instanceof Expr.Call c) {
            return clocks.contains(c.name()) && c.args().size() <= 1
                    || (c.scope() != null && readsClock(c.scope())) || c.args().stream().anyMatch(this::readsClock);
        }
        if (e instanceof Expr.Name n) {
            return clockNames != null && clockNames.matcher(n.name()).matches();
        }
        if (e instanceof Expr.Binary b) {
            return readsClock(b.left()) || readsClock(b.right());
        }
        return e instanceof Expr.Unary u && readsClock(u.operand());
    }

    /** {@code eventTime - lastRefreshTime}: two points in time subtracted. */
    private boolean isStampDifference(Expr e) {
        return e instanceof Expr.Binary b && b.operator().equals("-") && isStamp(b.left()) && isStamp(b.right());
    }

    private boolean isStamp(Expr e) {
        String name = e instanceof Expr.Name n ? n.name()
                : e instanceof Expr.FieldRef f ? f.name()
                : e instanceof Expr.Call c && c.args().isEmpty() ? c.name() : null;
        return name != null && stampNames != null && stampNames.matcher(name).matches() || readsClock(e);
    }

    /**
     * Work a gate can hold back: a call on a project or library object, or of the type's own methods — not a clock,
     * a throttle, logging, a JDK call or the gate's own condition (a check the gate lets through, such as
     * {@code else if (!lock(id))}, is work). A call on another call's result is keyed by the first
     * call of its chain. Behind an attempt cap, putting the item back on a JDK queue or executor is the work.
     */
    private boolean isWork(MethodModel m, CallSite c, Set<Integer> conditionCalls, boolean requeueIsWork) {
        if (conditionCalls.contains(c.index()) || clocks.contains(c.name()) || throttles.contains(c.name())
                || c.receiver().kind() == Receiver.Kind.CALL_RESULT || c.receiver().kind() == Receiver.Kind.NEW
                || c.name().equals(CallSite.CONSTRUCTOR)) {
            return false;
        }
        String text = c.receiver().text() == null ? "" : c.receiver().text();
        if (LOGGER.matcher(text.substring(text.lastIndexOf('.') + 1)).matches()) {
            return false;
        }
        if (c.receiver().kind() == Receiver.Kind.VARIABLE || c.receiver().kind() == Receiver.Kind.TYPE) {
            TypeModel owner = program.program().type(m.declaringType()).orElse(null);
            String type = owner == null ? null : program.types().resolve(c.receiver().typeName(), owner);
            return type == null || !Leaves.inProcess(type) || requeueIsWork && REQUEUE.contains(c.name());
        }
        return true;
    }

    /** A call in the early exit's own branch ({@code call.fail(..)} before {@code return}) is not what it holds back. */
    private static boolean inExitBranch(Guard gate, CallSite c) {
        return gate.kind() == Guard.Kind.EARLY_EXIT && c.location().path().equals(gate.location().path())
                && c.location().line() >= gate.location().line() && c.location().line() <= gate.location().endLine();
    }

    private static String key(CallSite c) {
        return c.receiver().text() + "." + c.name() + "/" + c.argCount();
    }
}
