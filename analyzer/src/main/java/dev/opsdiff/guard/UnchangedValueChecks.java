package dev.opsdiff.guard;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Nothing changed, nothing to do": {@code if (config.equals(store.getConfigTable().get(name))) return;} before the
 * write that is handed {@code config}. The value the method would write is compared with what a lookup returns; equal
 * means the work was done already. The lookup must be a read (its name says so) and the compared value must be an
 * argument of a call the test guards, so a comparison of unrelated values is no guard.
 */
final class UnchangedValueChecks {
    private static final Pattern READ = Pattern.compile(
            "^(get|find|select|query|load|read|fetch|lookup|search)\\w*$");

    private UnchangedValueChecks() {
    }

    /** Adds the equality tests that compare a guarded call's argument with a lookup's result. */
    static void add(MethodView view, Map<Integer, Check> byCall) {
        for (Guard g : view.method.guards()) {
            for (int i : g.conditionCalls()) {
                CallSite s = view.site(i);
                if (byCall.containsKey(i) || !s.name().equals("equals")) {
                    continue;
                }
                Expr value = null;
                Expr looked = null;
                if (s.argCount() == 1 && s.receiver().kind() != dev.opsdiff.model.Receiver.Kind.TYPE) {
                    value = scopeOf(view, i);
                    looked = s.args().get(0);
                } else if (s.argCount() == 2) {
                    value = s.args().get(0);
                    looked = s.args().get(1);
                }
                String name = nameOf(value);
                String other = nameOf(looked);
                if (name != null && reads(looked) && handedToGuarded(view, g, name)) {
                    byCall.put(i, check(g, s, name, i));
                } else if (other != null && reads(value) && handedToGuarded(view, g, other)) {
                    byCall.put(i, check(g, s, other, i));
                }
            }
        }
    }

    private static Check check(Guard g, CallSite s, String name, int index) {
        // The stored value already is the one to write: the target state, a status guard.
        return new Check(GuardKind.STATUS, GuardCatalog.Sense.DONE, null, "equals", g.condition().text(), name, name,
                index);
    }

    /** The receiver of {@code value.equals(..)} as an expression: a name, or unknown. */
    private static Expr scopeOf(MethodView view, int index) {
        var r = view.site(index).receiver();
        return r.kind() == dev.opsdiff.model.Receiver.Kind.VARIABLE ? new Expr.Name(r.variableName(), r.text()) : null;
    }

    private static String nameOf(Expr e) {
        return e instanceof Expr.Name n ? n.name() : null;
    }

    /** The expression ends in a read: {@code table.get(name)}, {@code repo.findByName(name)}. */
    private static boolean reads(Expr e) {
        return e instanceof Expr.Call c && READ.matcher(c.name()).matches();
    }

    private static boolean handedToGuarded(MethodView view, Guard g, String name) {
        Set<Integer> conditionCalls = Set.copyOf(g.conditionCalls());
        return view.calls.stream().map(rc -> rc.site()).anyMatch(c -> !conditionCalls.contains(c.index())
                && c.guards().stream().anyMatch(ref -> ref.guard() == g.index())
                && c.args().stream().anyMatch(a -> name.equals(a.text())));
    }
}
