package dev.opsdiff.guard;

import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test of the state the method itself sets: {@code if (state == State.ACTIVE) return; state = State.ACTIVE;
 * replication.connect(..)}. Whatever the constant means, the method moves the object into it, so finding the object
 * already there means the work was done: the test is a status guard with that one "done" constant, and, since the
 * method records its own run, it shows that the method is called again.
 */
final class SelfSetStates {
    private SelfSetStates() {
    }

    /** The self-set state each guard tests (guard index to the field and the constant the method assigns it). */
    record State(String field, String constant) {
    }

    /**
     * The test reads state the method itself records: a state it sets (a self-set check has no catalog entry), a
     * handle it stores, or an unkeyed claim on its own field ({@code initialized.compareAndSet(false, true)}). Such a
     * test shows that the method is called again.
     */
    static boolean recordsRun(MethodView view, Check t) {
        if (t.kind() == GuardKind.HANDLE || t.entry() == null && t.sense() == GuardCatalog.Sense.BY_CONSTANT) {
            return true;
        }
        if (t.kind() != GuardKind.CLAIM || t.key() != null || t.callIndex() < 0) {
            return false;
        }
        var s = view.site(t.callIndex());
        String field = s.receiver().variableName();
        return s.receiver().kind() == dev.opsdiff.model.Receiver.Kind.VARIABLE && field != null
                && view.owner.field(field).isPresent() && view.locals().get(field) == null;
    }

    static Map<Integer, State> find(MethodView view) {
        Map<Integer, State> out = new HashMap<>();
        for (Guard g : view.method.guards()) {
            State s = tested(view, g.condition());
            if (s != null) {
                out.put(g.index(), s);
            }
        }
        return out;
    }

    /** {@code field == C}, {@code C == field}, {@code field.equals(C)}, {@code C.equals(field)}, negated or not. */
    private static State tested(MethodView view, Expr e) {
        if (e instanceof Expr.Unary u && u.operator().equals("!")) {
            return tested(view, u.operand());
        }
        Expr left = null;
        Expr right = null;
        if (e instanceof Expr.Binary b && (b.operator().equals("==") || b.operator().equals("!="))) {
            left = b.left();
            right = b.right();
        } else if (e instanceof Expr.Call c && c.name().equals("equals") && c.args().size() == 1 && c.scope() != null) {
            left = c.scope();
            right = c.args().get(0);
        }
        if (left == null) {
            return null;
        }
        State s = pair(view, left, right);
        return s != null ? s : pair(view, right, left);
    }

    private static State pair(MethodView view, Expr field, Expr constant) {
        String name = ownField(view, field);
        String value = ConditionLogic.constantName(constant);
        if (name == null || value == null || !assigns(view.method.bodyTokens(), name, value)) {
            return null;
        }
        return new State(name, value);
    }

    /** A field of the method's own type, written {@code state} or {@code this.state}. */
    private static String ownField(MethodView view, Expr e) {
        String name = e instanceof Expr.Name n ? n.name()
                : e instanceof Expr.FieldRef f && f.scope() != null && f.scope().text().equals("this") ? f.name()
                : null;
        boolean parameter = name != null && view.method.parameters().stream().anyMatch(p -> p.name().equals(name));
        return name == null || parameter || view.owner.field(name).isEmpty() ? null : name;
    }

    /** The body assigns the field that constant: {@code state = State.ACTIVE;} or {@code this.state = ACTIVE;}. */
    private static boolean assigns(List<String> tokens, String field, String constant) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean target = tokens.get(i).equals(field) && tokens.get(i + 1).equals("=")
                    && (i == 0 || !tokens.get(i - 1).equals(".") || i >= 2 && tokens.get(i - 2).equals("this"));
            if (!target) {
                continue;
            }
            int end = i + 2;
            while (end < tokens.size() && !tokens.get(end).equals(";")) {
                end++;
            }
            if (end > i + 2 && tokens.get(end - 1).equals(constant)) {
                return true;
            }
        }
        return false;
    }
}
