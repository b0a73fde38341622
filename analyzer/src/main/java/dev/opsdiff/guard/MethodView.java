package dev.opsdiff.guard;

import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One method with what the guard analysis asks of its calls: receiver types, results used, dominance, locals. */
final class MethodView {
    final MethodModel method;
    final TypeModel owner;
    final ResolvedProgram program;
    final List<ResolvedCall> calls;
    private final List<String> receiverTypes = new ArrayList<>();
    /** Local variable to the call whose result it holds ({@code boolean seen = repo.existsById(id)}). */
    final Map<String, Integer> assigned = new HashMap<>();
    private final Set<Integer> usedResults = new HashSet<>();
    /** How often each local is assigned: one reused in two branches does not stand for one expression. */
    private final Map<String, Integer> assignments = new HashMap<>();
    private Map<String, String> locals;

    MethodView(MethodModel method, ResolvedProgram program) {
        this.method = method;
        this.program = program;
        this.owner = program.program().type(method.declaringType()).orElseThrow();
        this.calls = program.calls(method);
        for (ResolvedCall rc : calls) {
            CallSite s = rc.site();
            Receiver r = s.receiver();
            String type = switch (r.kind()) {
                case VARIABLE, TYPE, NEW -> program.types().resolve(r.typeName(), owner);
                case CALL_RESULT -> r.typeName() != null ? program.types().resolve(r.typeName(), owner)
                        : r.chainedCall() >= 0 && r.chainedCall() < calls.size()
                        ? calls.get(r.chainedCall()).resultType() : null;
                default -> null;
            };
            receiverTypes.add(type);
            if (s.assignedTo() != null) {
                assigned.put(s.assignedTo(), s.index());
                assignments.merge(s.assignedTo(), 1, Integer::sum);
                usedResults.add(s.index());
            }
            if (r.kind() == Receiver.Kind.CALL_RESULT) {
                usedResults.add(r.chainedCall());
            }
            s.args().forEach(a -> callsIn(a, usedResults));
        }
        for (Guard g : method.guards()) {
            usedResults.addAll(g.conditionCalls());
        }
    }

    CallSite site(int index) {
        return calls.get(index).site();
    }

    /** The receiver's qualified type, or null when unknown. */
    String receiverType(int index) {
        return receiverTypes.get(index);
    }

    /** The receiver's type and its supertypes, most specific first; empty when unknown. */
    List<String> receiverClosure(int index) {
        String t = receiverTypes.get(index);
        return t == null ? List.of() : program.types().closure(t);
    }

    /** Whether the call's value is read: tested, stored, passed on or called on. */
    boolean resultUsed(int index) {
        return usedResults.contains(index);
    }

    /** The project method a call is declared as (a repository or client interface method), when there is one. */
    Optional<MethodModel> declared(int index) {
        CallSite s = site(index);
        String t = receiverTypes.get(index);
        List<String> closure = s.receiver().kind() == Receiver.Kind.THIS ? program.types().closure(owner.qualifiedName())
                : t == null ? List.of() : program.types().closure(t);
        if (s.calleeSignature() != null) {
            // The overload the precise front end chose, when the model declares it; else by arity as below.
            for (String type : closure) {
                Optional<MethodModel> chosen = program.program().type(type).flatMap(tm -> tm.methods().stream()
                        .filter(m -> m.signature().equals(s.calleeSignature())).findFirst());
                if (chosen.isPresent()) {
                    return chosen;
                }
            }
        }
        for (String type : closure) {
            Optional<TypeModel> tm = program.program().type(type);
            if (tm.isEmpty()) {
                continue;
            }
            for (MethodModel m : tm.get().methods()) {
                if (m.name().equals(s.name()) && (s.isMethodReference() || m.parameters().size() == s.argCount())) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** String literals of the call and, for a declared repository method, its annotation values ({@code @Query}). */
    List<String> sqlTexts(int index) {
        List<String> out = new ArrayList<>(site(index).stringArgs());
        declared(index).ifPresent(m -> m.annotations().forEach(a -> out.addAll(a.attributes().values())));
        return out;
    }

    String argsText(int index) {
        return site(index).args().stream().map(Expr::text).collect(Collectors.joining(", "));
    }

    /** Qualified names (as far as they resolve) of annotations written in this method's type. */
    Set<String> qualified(List<Annotation> annotations, TypeModel context) {
        Set<String> out = new LinkedHashSet<>();
        annotations.forEach(a -> out.add(program.types().resolve(a.name(), context)));
        return out;
    }

    /** Parameter names of the method, in order. */
    List<String> parameterNames() {
        return method.parameters().stream().map(Parameter::name).toList();
    }

    /**
     * Whether {@code guardCall} runs before {@code call} on every path that reaches {@code call}: earlier in source
     * order, under the same conditions, in the same loop and callback (the model keeps no finer control flow).
     */
    boolean dominates(int guardCall, int call) {
        if (guardCall >= call) {
            return false;
        }
        CallSite g = site(guardCall);
        CallSite c = site(call);
        if (!c.guards().containsAll(g.guards()) || g.conditional() && !c.conditional()) {
            return false;
        }
        if (g.callbackOf() >= 0 && !callbackChain(c).contains(g.callbackOf())) {
            return false;
        }
        return g.loop() < 0 || loopChain(c).contains(g.loop());
    }

    private Set<Integer> callbackChain(CallSite c) {
        Set<Integer> out = new HashSet<>();
        for (int x = c.callbackOf(); x >= 0 && out.add(x); x = site(x).callbackOf()) {
            // walk up
        }
        return out;
    }

    private Set<Integer> loopChain(CallSite c) {
        Set<Integer> out = new HashSet<>();
        for (int l = c.loop(); l >= 0 && out.add(l); l = method.loops().get(l).parent()) {
            // walk up
        }
        return out;
    }

    /** Calls evaluated in the arguments of a call (at any depth). */
    Set<Integer> argumentCalls(int index) {
        Set<Integer> out = new HashSet<>();
        site(index).args().forEach(a -> callsIn(a, out));
        return out;
    }

    /** Calls whose receiver chain leads to {@code index}: {@code a().b().c()} gives c's chain {b, a}. */
    List<Integer> receiverChain(int index) {
        List<Integer> out = new ArrayList<>();
        Receiver r = site(index).receiver();
        while (r.kind() == Receiver.Kind.CALL_RESULT && r.chainedCall() >= 0 && !out.contains(r.chainedCall())) {
            out.add(r.chainedCall());
            r = site(r.chainedCall()).receiver();
        }
        return out;
    }

    /** Call indices inside an expression (nested calls carry their index). */
    static void callsIn(Expr e, Set<Integer> out) {
        if (e instanceof Expr.Call c) {
            if (c.callIndex() >= 0) {
                out.add(c.callIndex());
            }
            if (c.scope() != null) {
                callsIn(c.scope(), out);
            }
            c.args().forEach(a -> callsIn(a, out));
        } else if (e instanceof Expr.Binary b) {
            callsIn(b.left(), out);
            callsIn(b.right(), out);
        } else if (e instanceof Expr.Unary u) {
            callsIn(u.operand(), out);
        } else if (e instanceof Expr.FieldRef f) {
            callsIn(f.scope(), out);
        } else if (e instanceof Expr.New n) {
            n.args().forEach(a -> callsIn(a, out));
        }
    }

    /**
     * Local names to the text of the call they were assigned from, and constants of the type to their literal, for
     * expressing keys without locals ({@code KEY_PREFIX + id} and {@code "checkout-" + id} are the same key).
     */
    Map<String, String> locals() {
        if (locals == null) {
            locals = Map.copyOf(computeLocals());
        }
        return locals;
    }

    private Map<String, String> computeLocals() {
        Map<String, String> out = new HashMap<>();
        Set<String> params = new HashSet<>(parameterNames());
        for (var f : owner.fields()) {
            if (f.isStatic() && f.isFinal() && f.value() instanceof Expr.Literal && !params.contains(f.name())) {
                out.put(f.name(), f.initializer());
            }
        }
        assigned.forEach((name, call) -> {
            if (!params.contains(name) && assignments.get(name) == 1) {
                out.put(name, site(call).text());
            }
        });
        return out;
    }
}
