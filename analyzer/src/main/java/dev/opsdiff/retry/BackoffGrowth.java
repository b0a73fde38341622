package dev.opsdiff.retry;

import dev.opsdiff.catalog.BackoffVocabulary;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a delay grows exponentially with the attempts, and its loss. A backoff that doubles per attempt spreads a
 * failing dependency's retries out; one that grows linearly or stays constant keeps them arriving at nearly the same
 * rate however long the outage lasts. Growth is read from {@code Math.pow(base, attempts)} with a constant base above
 * one and an exponent that counts attempts, or from an exponential-backoff type or factory of the catalog
 * ({@code backoffs: exponentials}), in the method or a callee up to {@link #CALLEE_DEPTH} calls down.
 */
public final class BackoffGrowth {
    /** Deep enough for a method that builds the backoff and hands it to the helper that waits. */
    private static final int CALLEE_DEPTH = 2;

    /**
     * A delay that grew exponentially in BEFORE and does not in AFTER.
     *
     * @param text      what made it grow, as written ({@code Math.pow(2, retryCount)}, {@code new ExponentialBackoff(..)},
     *                  {@code 1L << retryCount})
     * @param location  where: the call, or the method holding a shift or a multiplication
     * @param growthIn  the BEFORE method holding it (the pair's own, or a callee)
     */
    public record LostGrowth(String text, Location location, MethodModel growthIn) {
        static LostGrowth at(CallSite c, MethodModel m) {
            return new LostGrowth(c.text(), c.location(), m);
        }
    }

    private final ResolvedProgram program;
    private final Set<String> exponentials;
    private final Pattern attemptNames;
    private final Pattern delayNames;
    /**
     * Whether a body token names a delay, by token: every matched pair asks it of both its methods, and the same
     * few thousand identifiers recur across a program's millions of tokens.
     */
    private final Map<String, Boolean> delayTokens = new ConcurrentHashMap<>();

    private BackoffGrowth(ResolvedProgram program) {
        this.program = program;
        BackoffVocabulary v = program.catalog().backoffs();
        this.exponentials = v.exponentials();
        this.attemptNames = v.attemptNames();
        this.delayNames = v.delayNames();
    }

    /** The growth view of one program (memoized per program). */
    public static BackoffGrowth of(ResolvedProgram program) {
        return program.analysis(BackoffGrowth.class, BackoffGrowth::new);
    }

    /**
     * The growth {@code before} had and {@code after} lost, when {@code after} still waits between attempts (it
     * still names a delay): a delay dropped altogether, or a method that stopped retrying, is not this finding.
     */
    public Optional<LostGrowth> lost(MethodModel before, MethodModel after, BackoffGrowth afterGrowth) {
        if (delayNames == null || !mentionsDelay(after) || !mentionsDelay(before)) {
            return Optional.empty();
        }
        Optional<LostGrowth> had = growth(before, CALLEE_DEPTH, new HashSet<>());
        if (had.isEmpty() || afterGrowth.growth(after, CALLEE_DEPTH, new HashSet<>()).isPresent()) {
            return Optional.empty();
        }
        // Growth lost inside a helper AFTER still calls is that helper's change, reported on its own pair.
        for (CallSite c : before.calls()) {
            if (reaches(before, c, had.get().growthIn(), CALLEE_DEPTH, new HashSet<>())
                    && after.calls().stream().anyMatch(a -> a.name().equals(c.name())
                    && a.argCount() == c.argCount())) {
                return Optional.empty();
            }
        }
        return had;
    }

    private boolean reaches(MethodModel caller, CallSite c, MethodModel target, int depth, Set<String> seen) {
        for (MethodModel callee : callees(caller, c)) {
            if (callee == target) {
                return true;
            }
            if (depth > 1 && seen.add(callee.id())) {
                for (CallSite next : callee.calls()) {
                    if (reaches(callee, next, target, depth - 1, seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean mentionsDelay(MethodModel m) {
        for (String token : m.bodyTokens()) {
            Boolean delay = delayTokens.get(token);
            if (delay == null) {
                delay = delayNames.matcher(token).matches();
                delayTokens.put(token, delay);
            }
            if (delay) {
                return true;
            }
        }
        return false;
    }

    private Optional<LostGrowth> growth(MethodModel m, int depth, Set<String> seen) {
        if (!seen.add(m.id())) {
            return Optional.empty();
        }
        for (CallSite c : m.calls()) {
            if (grows(c) || growingField(m, c)) {
                return Optional.of(LostGrowth.at(c, m));
            }
        }
        Optional<String> operator = operatorGrowth(m.bodyTokens());
        if (operator.isPresent()) {
            return Optional.of(new LostGrowth(operator.get(), m.location(), m));
        }
        if (depth == 0) {
            return Optional.empty();
        }
        for (CallSite c : m.calls()) {
            for (MethodModel callee : callees(m, c)) {
                Optional<LostGrowth> deeper = growth(callee, depth - 1, seen);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Growth written with operators: a shift by an attempt count ({@code 1L << retryCount++}) or a delay multiplied
     * in place by a constant above one ({@code delayMs *= 2}).
     */
    private Optional<String> operatorGrowth(List<String> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String op = tokens.get(i);
            String left = tokens.get(i - 1);
            String right = tokens.get(i + 1);
            if (op.equals("<<") && attemptNames != null && attemptNames.matcher(right).matches()) {
                return Optional.of(left + " << " + right);
            }
            if (op.equals("*=") && delayNames != null && delayNames.matcher(left).matches() && above1(right)) {
                return Optional.of(left + " *= " + right);
            }
            if (op.equals("*") && delayNames != null && delayNames.matcher(left).matches() && above1(right)
                    && assignedInStatement(tokens, i - 1, left)) {
                return Optional.of(left + " = .. " + left + " * " + right);
            }
        }
        return Optional.empty();
    }

    /** {@code delay = Math.min(delay * 2, max)}: the statement holding the product assigns the same name. */
    private static boolean assignedInStatement(List<String> tokens, int at, String name) {
        for (int j = at - 1; j > 0; j--) {
            String t = tokens.get(j);
            if (t.equals(";") || t.equals("{") || t.equals("}")) {
                return false;
            }
            if (t.equals("=") && tokens.get(j - 1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean above1(String literal) {
        try {
            return Double.parseDouble(literal.replaceAll("[lLdDfF_]", "")) > 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code Math.pow(2, retryCount)}, {@code new ExponentialBackoff(..)}, {@code backoff.backoff(attempts)}. */
    private boolean grows(CallSite c) {
        if (c.name().equals("pow") && c.args().size() == 2) {
            return c.args().get(0) instanceof Expr.Literal base && base.value() instanceof Number n
                    && n.doubleValue() > 1 && attemptNames != null
                    && attemptNames.matcher(c.args().get(1).text()).matches();
        }
        String type = c.receiver().typeName() != null ? c.receiver().typeName()
                : c.receiver().kind() == Receiver.Kind.TYPE ? c.receiver().text() : null;
        String simple = type == null ? null : type.substring(type.lastIndexOf('.') + 1);
        // "Retry.backoff": a method that is exponential only on that type (Reactor's Retry.backoff(..)).
        return exponentials.contains(c.name()) || simple != null
                && (exponentials.contains(simple) || exponentials.contains(simple + "." + c.name()));
    }

    /**
     * {@code delays.apply(attempts)} on a field made by an exponential factory, in its initializer or a constructor
     * of the declaring type ({@code this.backoff = new ExponentialBackoff(..)}).
     */
    private boolean growingField(MethodModel m, CallSite c) {
        if (c.receiver().kind() != Receiver.Kind.VARIABLE || c.receiver().text() == null) {
            return false;
        }
        String name = c.receiver().variableName();
        TypeModel owner = program.program().type(m.declaringType()).orElse(null);
        Field field = owner == null ? null : owner.field(name).orElse(null);
        if (field == null) {
            return false;
        }
        if (field.initializer() != null && exponentials.stream().anyMatch(field.initializer()::contains)) {
            return true;
        }
        return owner.methods().stream().filter(MethodModel::isConstructor)
                .anyMatch(k -> k.calls().stream().anyMatch(this::grows));
    }

    /** The project methods the call resolves to (the program's own call resolution, computed once per method). */
    private List<MethodModel> callees(MethodModel caller, CallSite c) {
        if (c.isMethodReference() || c.name().equals(CallSite.CONSTRUCTOR)) {
            return List.of();
        }
        return program.calls(caller).get(c.index()).targets().stream()
                .map(id -> program.program().method(id).orElse(null)).filter(m -> m != null && m.hasBody()).toList();
    }
}
