package dev.opsdiff.guard;

import dev.opsdiff.model.Expr;

import java.util.Map;
import java.util.Set;

/**
 * Decides which way a condition points. A guard must let the work run only when it was not done yet:
 * {@code if (repo.existsById(id)) return;} guards the save after it, {@code if (!repo.existsById(id)) throw ..} is a
 * validation and does not. Two facts are computed per expression: whether "already done" implies it, and whether it
 * implies "not done yet"; they are exact for !, &&, ||, null checks, Boolean constants and counts.
 */
final class ConditionLogic {
    /** Methods that pass their receiver's truth through ({@code claim.get()}, {@code future.join()}). */
    private static final Set<String> PASS_THROUGH = Set.of("get", "join", "block", "booleanValue", "getNow",
            "isPresent", "orElseThrow");
    /** Methods that negate their receiver's truth ({@code findBy..().isEmpty()}). */
    private static final Set<String> NEGATE = Set.of("isEmpty");
    /**
     * A validation helper's result object: its code or status, compared with a success constant, tells whether the
     * helper's check failed ({@code if (verifyRet.getCode() != Status.SUCCESS.getCode()) return verifyRet;}).
     */
    private static final Set<String> RESULT_CODES = Set.of("getCode", "getStatus", "getStatusCode", "getResultCode",
            "getErrorCode", "code", "status");
    private static final Set<String> RESULT_SUCCEEDED = Set.of("isSuccess", "isSuccessful", "isOk", "succeeded",
            "isSucceeded", "isPassed", "isValid");
    private static final Set<String> RESULT_FAILED = Set.of("isFailed", "isFailure", "isFail", "isError",
            "hasError", "hasErrors", "failed");
    private static final java.util.regex.Pattern SUCCESS_MARKER = java.util.regex.Pattern.compile(
            "(?i)(.*\\b|.*_)?(SUCCESS|SUCCEEDED|OK)(\\b.*)?|0|200|\"(0|200|OK|SUCCESS)\"");

    /** {@code doneImplies}: done ⇒ expression; {@code impliesFresh}: expression ⇒ not done. */
    record Truth(boolean doneImplies, boolean impliesFresh) {
        static final Truth NONE = new Truth(false, false);
        static final Truth DONE = new Truth(true, false);
        static final Truth FRESH = new Truth(false, true);

        Truth not() {
            return new Truth(impliesFresh, doneImplies);
        }
    }

    private final Map<Integer, Check> byCall;
    private final Map<String, Check> byName;

    /** Fields the method sets to a constant it also tests for ({@link SelfSetStates}): field to constant. */
    private final Map<String, String> selfSet;

    ConditionLogic(Map<Integer, Check> byCall, Map<String, Check> byName) {
        this(byCall, byName, Map.of());
    }

    ConditionLogic(Map<Integer, Check> byCall, Map<String, Check> byName, Map<String, String> selfSet) {
        this.byCall = byCall;
        this.byName = byName;
        this.selfSet = selfSet;
    }

    Truth of(Expr e) {
        if (e instanceof Expr.Unary u && u.operator().equals("!")) {
            return of(u.operand()).not();
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Name n) {
            Check t = byName.get(n.name());
            return t == null ? Truth.NONE : atom(t);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        return Truth.NONE;
    }

    /**
     * A conjunction one side of which "already done" implies, the other side not pointing the other way
     * ({@code finished && event.isRunning()}): done implies it whenever the other side holds.
     */
    boolean partlyDone(Expr e) {
        if (e instanceof Expr.Binary b && b.operator().equals("&&")) {
            return partlyDone(b.left()) && !of(b.right()).impliesFresh()
                    || partlyDone(b.right()) && !of(b.left()).impliesFresh();
        }
        return of(e).doneImplies();
    }

    private Truth call(Expr.Call c) {
        Check t = c.callIndex() >= 0 ? byCall.get(c.callIndex()) : null;
        if (t != null && t.sense() != GuardCatalog.Sense.BY_CONSTANT) {
            return atom(t);
        }
        if (c.name().equals("equals") && c.args().size() == 1 && c.scope() != null) {
            Truth bool = booleanConstantEquals(c.scope(), c.args().get(0));
            return bool != null ? bool : compare(c.scope(), c.args().get(0), true);
        }
        if (c.scope() == null || c.scope() instanceof Expr.Name n && n.name().equals("Objects")) {
            if (c.name().equals("equals") && c.args().size() == 2) {
                return compare(c.args().get(0), c.args().get(1), true);
            }
            if (c.name().equals("nonNull") && c.args().size() == 1) {
                return of(c.args().get(0));
            }
            if (c.name().equals("isNull") && c.args().size() == 1) {
                return of(c.args().get(0)).not();
            }
        }
        if (c.scope() instanceof Expr.Name n && c.args().isEmpty() && helperResult(n) != null) {
            // A failed validation result carries the helper's check; a successful one its negation.
            if (RESULT_FAILED.contains(c.name())) {
                return atom(helperResult(n));
            }
            if (RESULT_SUCCEEDED.contains(c.name())) {
                return atom(helperResult(n)).not();
            }
        }
        Truth predicate = statePredicate(c);
        if (predicate != null) {
            return predicate;
        }
        if (c.scope() != null && c.args().isEmpty()) {
            if (PASS_THROUGH.contains(c.name())) {
                return of(c.scope());
            }
            if (NEGATE.contains(c.name())) {
                return of(c.scope()).not();
            }
        }
        return Truth.NONE;
    }

    /**
     * A predicate of a status value named by a state word: {@code task.getState().isFinished()},
     * {@code order.getStatus().isPaid()} — the word after {@code is} read like a constant the status is compared with.
     */
    private Truth statePredicate(Expr.Call c) {
        if (!c.args().isEmpty() || c.scope() == null || c.name().length() < 3 || !c.name().startsWith("is")
                || !Character.isUpperCase(c.name().charAt(2))) {
            return null;
        }
        Check status = statusTest(c.scope());
        if (status == null || status.entry() == null) {
            return null;
        }
        String word = c.name().substring(2).replaceAll("(\\p{Ll})(\\p{Lu})", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        return byWord(status.entry(), word);
    }

    /** {@code Boolean.TRUE.equals(claimed)} is {@code claimed}; {@code Boolean.FALSE.equals(claimed)} its negation. */
    private Truth booleanConstantEquals(Expr scope, Expr arg) {
        if (scope instanceof Expr.FieldRef f && f.scope() instanceof Expr.Name n && n.name().equals("Boolean")) {
            return f.name().equals("TRUE") ? of(arg) : f.name().equals("FALSE") ? of(arg).not() : null;
        }
        return null;
    }

    private Truth binary(Expr.Binary b) {
        String op = b.operator();
        switch (op) {
            case "&&" -> {
                Truth l = of(b.left());
                Truth r = of(b.right());
                return new Truth(l.doneImplies() && r.doneImplies(), l.impliesFresh() || r.impliesFresh());
            }
            case "||" -> {
                Truth l = of(b.left());
                Truth r = of(b.right());
                return new Truth(l.doneImplies() || r.doneImplies(), l.impliesFresh() && r.impliesFresh());
            }
            case "==", "!=" -> {
                Truth t = compare(b.left(), b.right(), op.equals("=="));
                return t;
            }
            case ">", ">=", "<", "<=" -> {
                return counted(b);
            }
            default -> {
                return Truth.NONE;
            }
        }
    }

    /** {@code x == null}, {@code x == false}, {@code status == PAID} (constant words decide), either side first. */
    private Truth compare(Expr left, Expr right, boolean equal) {
        Truth t = compareOrdered(left, right);
        if (t == null) {
            t = compareOrdered(right, left);
        }
        if (t == null) {
            return Truth.NONE;
        }
        return equal ? t : t.not();
    }

    /** The truth of {@code value == constant}, or null when {@code constant} is not a constant this understands. */
    private Truth compareOrdered(Expr value, Expr constant) {
        if (value instanceof Expr.Call code && RESULT_CODES.contains(code.name()) && code.args().isEmpty()
                && code.scope() instanceof Expr.Name n && helperResult(n) != null
                && SUCCESS_MARKER.matcher(constant.text()).matches()) {
            // code == SUCCESS: the helper's check did not fire.
            return atom(helperResult(n)).not();
        }
        if (constant instanceof Expr.Literal l) {
            if (l.value() == null) {
                return of(value).not();
            }
            if (l.value() instanceof Boolean bool) {
                return bool ? of(value) : of(value).not();
            }
            if (l.value() instanceof Number num && num.longValue() == 0) {
                return of(value).not();
            }
            if (!(l.value() instanceof String)) {
                return null;
            }
        }
        String own = selfSetField(value);
        if (own != null && constantName(constant) != null) {
            // The state the method moves the object into: being there already means the work was done.
            return constantName(constant).equals(selfSet.get(own)) ? Truth.DONE : Truth.NONE;
        }
        Check status = statusTest(value);
        if (status != null && constantName(constant) != null) {
            return byWord(status.entry(), constantName(constant));
        }
        return null;
    }

    /** A state word ({@code PAID}, {@code WAITING_DISPATCH}) read with the status entry's done and fresh words. */
    private static Truth byWord(GuardCatalog.Entry e, String word) {
        if (e.doneConstants() != null && e.doneConstants().matcher(word).matches()) {
            return Truth.DONE;
        }
        if (e.freshConstants() != null && e.freshConstants().matcher(word).matches()) {
            return Truth.FRESH;
        }
        return Truth.NONE;
    }

    /** {@code count > 0}, {@code 0 < count}, {@code rows >= 1}, {@code count <= 0}. */
    private Truth counted(Expr.Binary b) {
        Long right = number(b.right());
        Long left = number(b.left());
        String op = b.operator();
        if (right != null) {
            boolean positive = op.equals(">") && right == 0 || op.equals(">=") && right == 1;
            boolean zero = op.equals("<=") && right == 0 || op.equals("<") && right == 1;
            return positive ? of(b.left()) : zero ? of(b.left()).not() : Truth.NONE;
        }
        if (left != null) {
            boolean positive = op.equals("<") && left == 0 || op.equals("<=") && left == 1;
            return positive ? of(b.right()) : Truth.NONE;
        }
        return Truth.NONE;
    }

    /** The check a local holds when it was assigned a helper's result (not an entity's status). */
    private Check helperResult(Expr.Name n) {
        Check t = byName.get(n.name());
        return t != null && t.sense() != GuardCatalog.Sense.BY_CONSTANT ? t : null;
    }

    private Check statusTest(Expr e) {
        if (e instanceof Expr.Call c && c.callIndex() >= 0) {
            Check t = byCall.get(c.callIndex());
            return t != null && t.sense() == GuardCatalog.Sense.BY_CONSTANT ? t : null;
        }
        if (e instanceof Expr.Name n) {
            Check t = byName.get(n.name());
            return t != null && t.sense() == GuardCatalog.Sense.BY_CONSTANT ? t : null;
        }
        return null;
    }

    private String selfSetField(Expr e) {
        String name = e instanceof Expr.Name n ? n.name()
                : e instanceof Expr.FieldRef f && f.scope() != null && f.scope().text().equals("this") ? f.name() : null;
        return name != null && selfSet.containsKey(name) ? name : null;
    }

    /**
     * {@code OrderStatus.PAID}, a static import {@code PAID}, a string literal {@code "PAID"}, or an enum constant's
     * code ({@code WAITING_DISPATCH.getV()}, {@code Status.PAID.getCode()}).
     */
    static String constantName(Expr e) {
        if (e instanceof Expr.Call c && c.args().isEmpty() && c.scope() != null
                && !(c.scope() instanceof Expr.Call)) {
            String scope = constantName(c.scope());
            return scope != null && scope.equals(scope.toUpperCase(java.util.Locale.ROOT)) ? scope : null;
        }
        if (e instanceof Expr.FieldRef f) {
            return f.name();
        }
        if (e instanceof Expr.Name n && n.name().equals(n.name().toUpperCase(java.util.Locale.ROOT))) {
            return n.name();
        }
        if (e instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private static Long number(Expr e) {
        return e instanceof Expr.Literal l && l.value() instanceof Number n ? n.longValue() : null;
    }

    private static Truth atom(Check t) {
        return t.sense() == GuardCatalog.Sense.DONE ? Truth.DONE : t.sense() == GuardCatalog.Sense.FRESH
                ? Truth.FRESH : Truth.NONE;
    }
}
