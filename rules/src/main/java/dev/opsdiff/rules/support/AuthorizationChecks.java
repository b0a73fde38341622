package dev.opsdiff.rules.support;

import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The authorization checks a method applies, as written: security annotations on it (or on its class, for a public
 * method) and calls to checks (catalog {@code authorization:}) made by it or by the project methods it calls, a few
 * calls deep.
 */
public final class AuthorizationChecks {
    /** Compiled once: this runs for every call site, line or node. */
    private static final java.util.regex.Pattern PREDICATE_NAME = java.util.regex.Pattern.compile("(is|has|can)\\p{Lu}.*");
    /** How far into project helpers a check is looked for: a controller, its service, the service's validator. */
    private static final int DEPTH = 3;

    /** One check, said as written, and where it is. */
    public record Check(String text, dev.opsdiff.model.Location location) {
    }

    private final ResolvedProgram program;
    /** Each method's checks, asked once: a method is a helper, a caller and a pair's side of many questions. */
    private final java.util.Map<String, List<Check>> checksOf = new java.util.HashMap<>();

    public AuthorizationChecks(ResolvedProgram program) {
        this.program = program;
    }

    /**
     * Whether a method that calls {@code m} (directly, or through one more caller) applies a check itself: the check
     * moved up from a service into the controller that calls it, or the body moved down into a helper.
     */
    public boolean checkedByCallers(MethodModel m) {
        Set<String> seen = new HashSet<>(Set.of(m.id()));
        List<MethodModel> level = List.of(m);
        for (int depth = 0; depth < 2; depth++) {
            List<MethodModel> next = new ArrayList<>();
            for (MethodModel callee : level) {
                for (MethodModel caller : program.callersOf(callee)) {
                    if (!seen.add(caller.id())) {
                        continue;
                    }
                    if (!of(caller).isEmpty()) {
                        return true;
                    }
                    next.add(caller);
                }
            }
            level = next;
        }
        return false;
    }

    /** The checks {@code m} applies; empty when it applies none (a {@code @PermitAll} counts as none). */
    public synchronized List<Check> of(MethodModel m) {
        List<Check> known = checksOf.get(m.id());
        if (known == null) {
            known = List.copyOf(find(m));
            checksOf.put(m.id(), known);
        }
        return known;
    }

    private List<Check> find(MethodModel m) {
        List<Check> out = new ArrayList<>();
        TypeModel owner = program.program().type(m.declaringType()).orElse(null);
        if (owner != null) {
            annotations(m.annotations(), owner, m.location(), out);
            if (m.hasModifier("public")) {
                annotations(owner.annotations(), owner, owner.location(), out);
            }
        }
        Set<String> seen = new HashSet<>();
        Deque<MethodModel> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(m);
        depths.add(0);
        seen.add(m.id());
        while (!queue.isEmpty()) {
            MethodModel current = queue.poll();
            int depth = depths.poll();
            for (ResolvedCall c : program.calls(current)) {
                if (program.catalog().isAuthorizationCheck(c.site().name())) {
                    if (gates(current, c.site())) {
                        out.add(new Check("`" + c.site().shortText() + "`", c.site().location()));
                    }
                    continue;
                }
                if (depth + 1 > DEPTH) {
                    continue;
                }
                for (String t : c.targets()) {
                    MethodModel callee = program.program().method(t).orElse(null);
                    if (callee != null && seen.add(t)) {
                        queue.add(callee);
                        depths.add(depth + 1);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a check call gates the work: a question ({@code isAdmin}, {@code hasPermission}, {@code canEdit}) only
     * when a failed answer leaves the method ({@code if (!hasPermission(..)) return/throw}); a question that picks a
     * wider scope for admins ({@code isAdmin(u) ? allTenants() : ownTenant()}) denies nothing. Any other check
     * ({@code checkPermission}, {@code assertOwner}) throws itself. A question whose answer only feeds another call
     * of the condition is not the gate.
     */
    private static boolean gates(MethodModel m, dev.opsdiff.model.CallSite site) {
        if (!PREDICATE_NAME.matcher(site.name()).matches()) {
            return true;
        }
        for (dev.opsdiff.model.Guard g : m.guards()) {
            boolean exits = g.kind() == dev.opsdiff.model.Guard.Kind.EARLY_EXIT
                    && ("return".equals(g.exit()) || "throw".equals(g.exit()));
            boolean reads = g.conditionCalls().contains(site.index()) && !argumentOfAnother(m, g, site)
                    || site.assignedTo() != null && g.names().contains(site.assignedTo());
            if (exits && reads) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer feeds another call of the condition ({@code isTenantValid(isAdmin(u), tenant, res)}): that call
     * decides, not the question, and what it decides is not known here.
     */
    private static boolean argumentOfAnother(MethodModel m, dev.opsdiff.model.Guard g,
                                             dev.opsdiff.model.CallSite site) {
        for (int i : g.conditionCalls()) {
            if (i == site.index() || i < 0 || i >= m.calls().size()) {
                continue;
            }
            for (dev.opsdiff.model.Expr arg : m.calls().get(i).args()) {
                if (arg instanceof dev.opsdiff.model.Expr.Call call && call.callIndex() == site.index()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void annotations(List<Annotation> annotations, TypeModel context, dev.opsdiff.model.Location where,
                             List<Check> out) {
        for (Annotation a : annotations) {
            String q = program.types().resolve(a.name(), context);
            if (q != null && program.catalog().requiresAuthorization(q)) {
                String args = a.attributes().isEmpty() ? "" : "(" + String.join(", ", a.attributes().values()) + ")";
                out.add(new Check("`@" + a.simpleName() + args + "`", a.location() != null ? a.location() : where));
            }
        }
    }
}
