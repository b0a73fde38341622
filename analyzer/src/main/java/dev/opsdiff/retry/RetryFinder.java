package dev.opsdiff.retry;

import dev.opsdiff.catalog.RetryApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.values.CallChains;
import dev.opsdiff.values.Quantity;
import dev.opsdiff.values.TypeGlobs;
import dev.opsdiff.values.ValueFolder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the retry constructs of a method: catalog calls and annotations (with budgets read by {@link BudgetReader})
 * and hand-written retry loops ({@code Loop.retryShape}) that count attempts, with the attempt bound from the loop
 * header or from the {@code if (++attempt >= MAX) throw} inside it, and the backoff from a sleep in the loop.
 */
final class RetryFinder {
    static final String HAND_WRITTEN = "hand-written";
    /** A retry loop whose bound cannot be read: assume a small budget (most hand-written loops use 3). */
    private static final int ASSUMED_LOOP_ATTEMPTS = 3;
    private static final Pattern BOUND = Pattern.compile("\\b(\\w+)\\s*(<=|<)\\s*([\\w.]+)");
    private static final Pattern RETRY_NAME = Pattern.compile("(?i).*(retr(y|ies)|attempt).*");
    private static final Set<String> SLEEPS = Set.of("sleep", "parkNanos");
    /** A quiet-sleep utility, or the pause helper that calls it. */
    private static final int HELPER_SLEEP_DEPTH = 2;
    private static final String COUNTER_NOT_ADVANCED = "counter-not-advanced";
    /** A sleep whose duration cannot be folded: a backoff of unknown length. */
    private static final long UNKNOWN_WAIT = -1L;

    private record Construct(RetryApi api, TypeGlobs types) {
    }

    private final ResolvedProgram program;
    private final ValueFolder folder;
    private final BudgetReader budgets;
    private final List<Construct> calls = new ArrayList<>();
    private final List<RetryApi> annotations = new ArrayList<>();

    RetryFinder(ResolvedProgram program, ValueFolder folder) {
        this.program = program;
        this.folder = folder;
        this.budgets = new BudgetReader(program, folder);
        for (RetryApi r : program.catalog().retries()) {
            if (r.methods() != null && !r.methods().isEmpty()) {
                calls.add(new Construct(r, new TypeGlobs(r.types())));
            }
            if (r.annotations() != null && !r.annotations().isEmpty()) {
                annotations.add(r);
            }
        }
    }

    /** The retry annotations on a method, applied by its proxy when callers go through it (not via {@code this}). */
    List<RetryLayer> annotationLayers(MethodModel m) {
        TypeModel owner = program.program().type(m.declaringType()).orElseThrow();
        List<RetryLayer> out = new ArrayList<>();
        for (Annotation a : m.annotations()) {
            String qualified = program.types().resolve(a.name(), owner);
            for (RetryApi api : annotations) {
                if (api.annotations().contains(qualified)) {
                    out.add(new RetryLayer(RetryLayer.Kind.ANNOTATION, api.library(), m.id(), m.displayName(),
                            a.location() != null ? a.location() : m.location(), annotationText(a),
                            budgets.forAnnotation(api, a, owner), -1));
                }
            }
        }
        return out;
    }

    /** Retrying calls and hand-written retry loops in a method's body. */
    List<RetryLayer> bodyLayers(MethodModel m) {
        TypeModel owner = program.program().type(m.declaringType()).orElseThrow();
        List<ResolvedCall> resolved = program.calls(m);
        List<RetryLayer> out = new ArrayList<>();
        for (ResolvedCall rc : resolved) {
            CallSite site = rc.site();
            if (site.isMethodReference()) {
                continue;
            }
            Set<String> chain = new LinkedHashSet<>();
            CallChains.types(program, resolved, site.index(), owner, chain);
            for (Construct c : calls) {
                if (c.api().methods().contains(site.name()) && c.types().matchesAny(chain)) {
                    Optional<RetryBudget> budget = budgets.forCall(c.api(), m, resolved, site.index(), owner);
                    // An operator in a multi-line chain (.retry(3)) ends its call's range; a callback construct
                    // (retryTemplate.execute(...)) starts it.
                    var at = c.api().upstream() ? lastLine(site.location()) : site.location();
                    String text = c.api().upstream() ? "." + site.name() + "(" + String.join(", ",
                            site.args().stream().map(Expr::text).toList()) + ")" : site.shortText();
                    budget.ifPresent(b -> out.add(new RetryLayer(c.api().upstream() ? RetryLayer.Kind.UPSTREAM
                            : RetryLayer.Kind.CALL, c.api().library(), m.id(), m.displayName(), at, text, b,
                            site.index())));
                    break;
                }
            }
        }
        for (Loop l : m.loops()) {
            if (isRetryLoop(l)) {
                out.add(new RetryLayer(RetryLayer.Kind.LOOP, HAND_WRITTEN, m.id(), m.displayName(),
                        header(l), loopText(l), loopBudget(m, l, owner), l.index()));
            } else if (PollLoops.rereadsWhatItTests(m, l)) {
                Long wait = backoff(m, l, owner);
                if (wait != null) {
                    out.add(new RetryLayer(RetryLayer.Kind.LOOP, HAND_WRITTEN, m.id(), m.displayName(), header(l),
                            loopText(l), PollLoops.budget(l, wait == UNKNOWN_WAIT ? null : wait,
                            program.catalog().backoffs(), ASSUMED_LOOP_ATTEMPTS), l.index()));
                }
            }
        }
        return out;
    }

    /**
     * A hand-written retry: a plain loop (not over a collection) that catches and goes round again or sleeps, and counts
     * attempts by name — or, without a counter, catches, goes round again and sleeps in the catch block
     * ({@code while (true) { try { connect(); break; } catch (IOException e) { sleep(100); } }}), in a while or do
     * loop. A loop with a catch
     * alone is too often a per-item loop that logs failures; a sleep outside the catch is a poller's period.
     */
    static boolean isRetryLoop(Loop l) {
        if (l.kind() == LoopKind.ENHANCED_FOR || l.kind() == LoopKind.ITERATION_CALLBACK) {
            return false;
        }
        Set<String> shape = l.retryShape();
        // Without a counter only a while/do loop: an indexed for over `loopTimes` is a bounded pass over a queue.
        return shape.contains("counts-attempts") && (shape.contains("catches-and-retries") || shape.contains("sleeps"))
                || l.kind() != LoopKind.INDEXED_FOR && shape.contains("catches-and-retries")
                && shape.contains("sleeps-on-failure");
    }

    private RetryBudget loopBudget(MethodModel m, Loop l, TypeModel owner) {
        if (l.retryShape().contains(COUNTER_NOT_ADVANCED)) {
            // The header's attempt bound never ends the loop: only success (or a deadline beside it) does.
            Long wait = backoff(m, l, owner);
            return new RetryBudget(RetryBudget.UNBOUNDED, wait != null,
                    wait == null ? Long.valueOf(0) : wait == UNKNOWN_WAIT ? null : wait, false);
        }
        if (!l.retryShape().contains("counts-attempts")) {
            // No attempt counter at all (while (true) { try { ..; break; } catch (..) { sleep(..); } }): only success
            // ends it.
            Long wait = backoff(m, l, owner);
            return new RetryBudget(RetryBudget.UNBOUNDED, wait != null,
                    wait == null ? Long.valueOf(0) : wait == UNKNOWN_WAIT ? null : wait, false);
        }
        Long attempts = l.constantBound() != null ? Long.valueOf(l.constantBound()) : null;
        if (attempts == null) {
            attempts = headerBound(l, owner).or(() -> headerLocal(m, l)).orElse(null);
        }
        if (attempts == null) {
            attempts = guardBound(m, l, owner).orElse(null);
        }
        Long backoffMs = backoff(m, l, owner);
        boolean hasBackoff = backoffMs != null;
        boolean assumed = attempts == null;
        return new RetryBudget(assumed ? ASSUMED_LOOP_ATTEMPTS : attempts, hasBackoff,
                hasBackoff && backoffMs != UNKNOWN_WAIT ? backoffMs : hasBackoff ? null : Long.valueOf(0), assumed);
    }

    /**
     * The wait between rounds: the folded sleep in milliseconds, {@link #UNKNOWN_WAIT} when a sleep cannot be folded,
     * or null when the loop does not wait. A sleep that folds to zero ({@code long interval = 0L; sleep(interval)})
     * only yields the thread: it is no backoff.
     */
    private Long backoff(MethodModel m, Loop l, TypeModel owner) {
        Long out = null;
        List<ResolvedCall> resolved = null;
        for (CallSite c : m.calls()) {
            if (!m.runsIn(c, l.index())) {
                continue;
            }
            if (SLEEPS.contains(c.name())) {
                Optional<Long> ms = sleepMillis(c, owner).or(() -> steppedLocal(m, c, owner));
                if (ms.isPresent() && ms.get() == 0L || zeroLocal(m, c)) {
                    continue;
                }
                out = ms.orElse(UNKNOWN_WAIT);
            } else if (!c.isMethodReference() && c.receiver().kind() != Receiver.Kind.CALL_RESULT) {
                resolved = resolved == null ? program.calls(m) : resolved;
                Optional<Long> ms = helperSleep(resolved, c, owner, HELPER_SLEEP_DEPTH);
                if (ms.isPresent() && ms.get() != 0L) {
                    out = ms.get();
                }
            }
        }
        return out;
    }

    /**
     * The wait of a project helper that sleeps ({@code sleepQuietly(200)}, {@code pause(backoffMs)}), up to
     * {@link #HELPER_SLEEP_DEPTH} calls down: folded from the caller's argument when the helper sleeps for its
     * parameter, from the helper's own argument otherwise, else a wait of unknown length. A helper that sleeps in a
     * loop of its own is not a plain wait.
     */
    private Optional<Long> helperSleep(List<ResolvedCall> resolved, CallSite c, TypeModel owner, int depth) {
        if (depth == 0) {
            return Optional.empty();
        }
        for (String target : resolved.get(c.index()).targets()) {
            MethodModel callee = program.program().method(target).orElse(null);
            if (callee == null || !callee.hasBody()) {
                continue;
            }
            TypeModel calleeOwner = program.program().type(callee.declaringType()).orElse(owner);
            for (CallSite s : callee.calls()) {
                if (SLEEPS.contains(s.name()) && s.loop() < 0 && !s.args().isEmpty()) {
                    int param = s.args().get(0) instanceof Expr.Name n ? parameterIndex(callee, n.name()) : -1;
                    Optional<Long> ms = param >= 0 && param < c.args().size()
                            ? folder.fold(c.args().get(param), owner, c.location()).map(q -> inMillis(q, s, calleeOwner))
                            : sleepMillis(s, calleeOwner);
                    return Optional.of(ms.orElse(UNKNOWN_WAIT));
                }
            }
            List<ResolvedCall> inner = program.calls(callee);
            for (CallSite s : callee.calls()) {
                if (!s.isMethodReference() && s.receiver().kind() != Receiver.Kind.CALL_RESULT) {
                    Optional<Long> deeper = helperSleep(inner, s, calleeOwner, depth - 1);
                    if (deeper.isPresent()) {
                        // The inner helper's argument is ours only by coincidence: its length is not known here.
                        return deeper.get() == 0L ? deeper : Optional.of(UNKNOWN_WAIT);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int parameterIndex(MethodModel m, String name) {
        for (int i = 0; i < m.parameters().size(); i++) {
            if (m.parameters().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code attempt < MAX_ATTEMPTS} in the loop header, with the bound folded across classes. */
    private Optional<Long> headerBound(Loop l, TypeModel owner) {
        String header = l.iterates();
        if (l.kind() == LoopKind.INDEXED_FOR && header.matches("[\\w.]+")) {
            return foldName(header, owner);
        }
        Matcher m = BOUND.matcher(header);
        while (m.find()) {
            if (RETRY_NAME.matcher(m.group(1)).matches()) {
                return foldName(m.group(3), owner);
            }
        }
        return Optional.empty();
    }

    /** {@code int maxRetries = 5; for (int i = 0; i < maxRetries; i++)}: a bound held in a local assigned once. */
    private static Optional<Long> headerLocal(MethodModel m, Loop l) {
        String header = l.iterates();
        if (l.kind() == LoopKind.INDEXED_FOR && header.matches("\\w+")) {
            return SingleAssignmentLocals.literal(m.bodyTokens(), header);
        }
        Matcher bound = BOUND.matcher(header);
        while (bound.find()) {
            if (RETRY_NAME.matcher(bound.group(1)).matches() || RETRY_NAME.matcher(bound.group(3)).matches()) {
                return SingleAssignmentLocals.literal(m.bodyTokens(), bound.group(3));
            }
        }
        return Optional.empty();
    }

    /** {@code if (++attempt >= MAX_ATTEMPTS) throw e;} inside the loop. */
    private Optional<Long> guardBound(MethodModel m, Loop l, TypeModel owner) {
        for (Guard g : m.guards()) {
            if (!within(g.location().line(), l) || !(g.condition() instanceof Expr.Binary b)) {
                continue;
            }
            // `retryCount == max` ends the loop as surely as `>=` when the counter steps by one from below.
            boolean bound = b.operator().equals(">=") || b.operator().equals(">") || b.operator().equals("==");
            if (bound && RETRY_NAME.matcher(b.left().text()).matches()) {
                Optional<Quantity> q = folder.fold(b.right(), owner, g.location());
                if (q.isPresent()) {
                    return Optional.of(Math.round(q.get().amount()) + (b.operator().equals(">") ? 1 : 0));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Long> foldName(String dotted, TypeModel owner) {
        String[] parts = dotted.split("\\.");
        Expr e = new Expr.Name(parts[0], parts[0]);
        for (int i = 1; i < parts.length; i++) {
            e = new Expr.FieldRef(e, parts[i], e.text() + "." + parts[i]);
        }
        return folder.fold(e, owner, null).map(q -> Math.round(q.amount()));
    }

    /** {@code long interval = 0L; ... Thread.sleep(interval)}: a local assigned once, to zero. */
    private static boolean zeroLocal(MethodModel m, CallSite c) {
        return !c.args().isEmpty() && c.args().get(0) instanceof Expr.Name n
                && SingleAssignmentLocals.literal(m.bodyTokens(), n.name()).filter(v -> v == 0L).isPresent();
    }

    /** {@code long sleepTime = 1000; if (slow) sleepTime = 10000; TimeUnit.MILLISECONDS.sleep(sleepTime)}: 1000. */
    private Optional<Long> steppedLocal(MethodModel m, CallSite c, TypeModel owner) {
        if (c.args().isEmpty() || !(c.args().get(0) instanceof Expr.Name n)) {
            return Optional.empty();
        }
        return SingleAssignmentLocals.firstLiteral(m.bodyTokens(), n.name())
                .flatMap(v -> folder.fold(new Expr.Literal(v, Long.toString(v)), owner, c.location()))
                .map(q -> inMillis(q, c, owner));
    }

    /** {@code Thread.sleep(200)}, {@code TimeUnit.MILLISECONDS.sleep(backoff)}. */
    private Optional<Long> sleepMillis(CallSite c, TypeModel owner) {
        return folder.argument(c.args(), 0, owner, c.location()).map(q -> inMillis(q, c, owner));
    }

    private long inMillis(Quantity q, CallSite c, TypeModel owner) {
        Quantity value = q;
        if (value.bare() && c.receiver().text() != null && !c.receiver().text().equals("Thread")) {
            // TimeUnit.SECONDS.sleep(1): the receiver is the unit
            value = folder.unit(receiverExpr(c.receiver().text()), owner).map(value::withUnit).orElse(value);
        }
        return Math.round(value.millis(java.time.temporal.ChronoUnit.MILLIS));
    }

    private static Expr receiverExpr(String text) {
        String[] parts = text.split("\\.");
        Expr e = new Expr.Name(parts[0], parts[0]);
        for (int i = 1; i < parts.length; i++) {
            e = new Expr.FieldRef(e, parts[i], e.text() + "." + parts[i]);
        }
        return e;
    }

    private static boolean within(int line, Loop l) {
        return line >= l.location().line() && line <= l.location().endLine();
    }

    private static dev.opsdiff.model.Location lastLine(dev.opsdiff.model.Location at) {
        return at.endLine() == at.line() ? at
                : new dev.opsdiff.model.Location(at.path(), at.endLine(), 1, at.endLine(), at.endColumn());
    }

    /** The loop statement's first line only, so the finding does not span the whole body. */
    private static dev.opsdiff.model.Location header(Loop l) {
        dev.opsdiff.model.Location at = l.location();
        return new dev.opsdiff.model.Location(at.path(), at.line(), at.column(), at.line(), at.column());
    }

    private static String loopText(Loop l) {
        return switch (l.kind()) {
            case WHILE, DO_WHILE -> l.iterates();
            default -> "for (... " + l.iterates() + " ...)";
        };
    }

    private static String annotationText(Annotation a) {
        if (a.values().isEmpty()) {
            return "@" + a.simpleName();
        }
        List<String> parts = new ArrayList<>();
        a.values().forEach((k, v) -> parts.add(k.equals("value") && a.values().size() == 1 ? v.text() : k + " = " + v.text()));
        return "@" + a.simpleName() + "(" + String.join(", ", parts) + ")";
    }
}
