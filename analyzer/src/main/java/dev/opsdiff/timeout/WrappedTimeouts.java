package dev.opsdiff.timeout;

import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Project classes that carry a library timeout: a request or options object whose setter stores a field
 * ({@code request.setReadTimeout(0)} → {@code m_readTimeout}) that reaches a catalog timeout call, directly or through
 * its getter ({@code conn.setReadTimeout(request.getReadTimeout())}). The setter becomes a timeout setting of the same
 * kind and unit, found by data flow rather than by name. Its default is left unknown: what applies when the project
 * setter is not called is the project's choice, not the library's.
 */
final class WrappedTimeouts {
    /** A catalog timeout call found in the program: which entry, and the expression passed as its value. */
    interface CatalogMatch {
        Optional<TimeoutApi> at(MethodModel method, List<ResolvedCall> calls, CallSite site);
    }

    private record FieldRef(String type, String field) {
    }

    private final ResolvedProgram program;
    /** (type, field) → the names of the type's one-argument methods that only store that field. */
    private final Map<FieldRef, List<String>> setters = new HashMap<>();
    /** "type#getter()" method id → the field it returns. */
    private final Map<String, FieldRef> getters = new HashMap<>();

    private WrappedTimeouts(ResolvedProgram program) {
        this.program = program;
    }

    static List<TimeoutApi> derive(ResolvedProgram program, Set<String> apiMethodNames, CatalogMatch catalog) {
        WrappedTimeouts w = new WrappedTimeouts(program);
        w.indexAccessors();
        return w.setters.isEmpty() ? List.of() : w.wrappers(apiMethodNames, catalog);
    }

    private void indexAccessors() {
        for (TypeModel t : program.program().types()) {
            for (MethodModel m : t.methods()) {
                String stored = m.storedField();
                if (stored != null && t.field(stored).isPresent()) {
                    setters.computeIfAbsent(new FieldRef(t.qualifiedName(), stored), k -> new ArrayList<>())
                            .add(m.name());
                }
                String returned = m.returnedField();
                if (returned != null && t.field(returned).isPresent()) {
                    getters.put(m.id(), new FieldRef(t.qualifiedName(), returned));
                }
            }
        }
    }

    private List<TimeoutApi> wrappers(Set<String> apiMethodNames, CatalogMatch catalog) {
        Map<String, TimeoutApi> out = new LinkedHashMap<>();
        Set<String> getterNames = getterNames();

        for (MethodModel m : program.program().methods()) {
            // Resolving a method's calls is the expensive part: only a call by a timeout API's name that is handed a
            // setter-backed field (by name, through its getter, or through a local its getter filled) can match.
            if (!mayPassCarrier(m, apiMethodNames, getterNames)) {
                continue;
            }
            List<ResolvedCall> calls = program.calls(m);
            for (ResolvedCall rc : calls) {
                Optional<TimeoutApi> api = catalog.at(m, calls, rc.site());
                if (api.isEmpty() || api.get().arguments() != null
                        || rc.site().args().size() <= api.get().valueArgument()) {
                    continue;
                }
                Expr value = rc.site().args().get(api.get().valueArgument());
                FieldRef carried = carriedField(m, calls, value);
                List<String> names = carried == null ? null : setters.get(carried);
                if (names != null) {
                    TimeoutApi wrapper = wrapper(api.get(), rc.site().name(), carried, names);
                    out.putIfAbsent(carried.type() + "#" + carried.field(), wrapper);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private boolean mayPassCarrier(MethodModel m, Set<String> apiMethodNames, Set<String> getterNames) {
        for (CallSite c : m.calls()) {
            if (!apiMethodNames.contains(c.name())) {
                continue;
            }
            for (Expr arg : c.args()) {
                if (mayCarry(m, arg, getterNames)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an argument has one of the shapes {@link #carriedField} follows and could pass a carrier on: a
     * setter-backed field of the method's own type, a getter call, or a local some call by a getter's name filled.
     * Any other shape cannot, and a parameter merely named like a carrier field is not one.
     */
    private boolean mayCarry(MethodModel m, Expr arg, Set<String> getterNames) {
        if (arg instanceof Expr.Name n) {
            return setters.containsKey(new FieldRef(m.declaringType(), n.name())) || m.calls().stream()
                    .anyMatch(f -> n.name().equals(f.assignedTo()) && getterNames.contains(f.name()));
        }
        if (arg instanceof Expr.FieldRef f) {
            return f.scope() instanceof Expr.Name s && s.name().equals("this")
                    && setters.containsKey(new FieldRef(m.declaringType(), f.name()));
        }
        return arg instanceof Expr.Call call && getterNames.contains(call.name());
    }

    /** The names of the getters of setter-backed fields: the calls through which such a field is passed on. */
    private Set<String> getterNames() {
        Set<String> out = new java.util.HashSet<>();
        getters.forEach((id, field) -> {
            if (setters.containsKey(field)) {
                program.program().method(id).ifPresent(g -> out.add(g.name()));
            }
        });
        return out;
    }

    /** The project field whose value the expression passes: the field itself, its getter, or a local filled by it. */
    private FieldRef carriedField(MethodModel m, List<ResolvedCall> calls, Expr value) {
        if (value instanceof Expr.Name n) {
            FieldRef own = new FieldRef(m.declaringType(), n.name());
            if (setters.containsKey(own)) {
                return own;
            }
            for (ResolvedCall c : calls) {
                if (n.name().equals(c.site().assignedTo())) {
                    return getterField(c);
                }
            }
            return null;
        }
        if (value instanceof Expr.FieldRef f && f.scope() instanceof Expr.Name s && s.name().equals("this")) {
            return carriedField(m, calls, new Expr.Name(f.name(), f.name()));
        }
        if (value instanceof Expr.Call call && call.callIndex() >= 0 && call.callIndex() < calls.size()) {
            return getterField(calls.get(call.callIndex()));
        }
        return null;
    }

    private FieldRef getterField(ResolvedCall c) {
        return c.targets().stream().map(getters::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private TimeoutApi wrapper(TimeoutApi api, String libraryMethod, FieldRef carried, List<String> names) {
        String simple = carried.type().substring(carried.type().lastIndexOf('.') + 1);
        String setting = api.setting() != null ? api.setting() : libraryMethod;
        return new TimeoutApi(simple + " (passed on to " + api.library() + ")", List.of(carried.type()),
                List.copyOf(new TreeSet<>(names)), null, null, setting, api.unit(), 0, 1, null, null, null, null,
                null, api.infiniteWhenNonPositive(), null, null, null, null, null, null, null, null);
    }
}
