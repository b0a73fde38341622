package dev.opsdiff.timeout;

import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.values.CallChains;
import dev.opsdiff.values.ConfigProperties;
import dev.opsdiff.values.Quantity;
import dev.opsdiff.values.TypeGlobs;
import dev.opsdiff.values.ValueFolder;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the timeout sites of one side in code: setter/builder calls and constructors (matched on the types of the
 * receiver's builder chain), method and class annotations, and calls inside field initializers.
 */
final class TimeoutSites {
    private static final String CONSTRUCTOR = CallSite.CONSTRUCTOR;

    private record Entry(TimeoutApi api, TypeGlobs types) {
    }

    private final ResolvedProgram program;
    private final ValueFolder folder;
    private final List<Entry> callEntries = new ArrayList<>();
    /** Every method name some call entry sets a timeout with: most calls are ruled out by name alone. */
    private final Set<String> callNames = new java.util.HashSet<>();
    private final List<TimeoutApi> annotationEntries = new ArrayList<>();
    private boolean wrappersDerived;

    TimeoutSites(ResolvedProgram program, ValueFolder folder) {
        this.program = program;
        this.folder = folder;
        for (TimeoutApi t : program.catalog().timeouts()) {
            if (t.methods() != null && !t.methods().isEmpty()) {
                callEntries.add(new Entry(t, new TypeGlobs(t.types())));
                callNames.addAll(t.methods());
            }
            if (t.annotations() != null && !t.annotations().isEmpty()) {
                annotationEntries.add(t);
            }
        }
    }

    /**
     * Adds the project's timeout carriers ({@link WrappedTimeouts}) to the call entries before the first call is
     * matched. Deriving them reads the whole program, and a check whose methods and types set no timeout through a
     * call never needs them.
     */
    private void deriveWrappers() {
        if (wrappersDerived) {
            return;
        }
        wrappersDerived = true;
        List<TimeoutApi> wrapped = WrappedTimeouts.derive(program, Set.copyOf(callNames),
                (m, calls, site) -> match(m, calls, site).map(Matched::api));
        wrapped.forEach(t -> {
            callEntries.add(new Entry(t, new TypeGlobs(t.types())));
            callNames.addAll(t.methods());
        });
    }

    private record Matched(TimeoutApi api, int root) {
    }

    /** The catalog (or wrapper) entry a call matches, and the root of its builder chain. */
    private Optional<Matched> match(MethodModel method, List<ResolvedCall> calls, CallSite site) {
        if (site.isMethodReference() || !callNames.contains(site.name())) {
            return Optional.empty();
        }
        TypeModel owner = program.program().type(method.declaringType()).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        Set<String> chainTypes = new LinkedHashSet<>();
        int root = CallChains.types(program, calls, site.index(), owner, chainTypes);
        for (Entry e : callEntries) {
            if (e.api().methods().contains(site.name()) && argCountMatches(e.api(), site.argCount())
                    && e.types().matchesAny(chainTypes) && keyMatches(e.api(), site)) {
                return Optional.of(new Matched(e.api(), root));
            }
        }
        return Optional.empty();
    }

    /** Sites in a method's body and on its annotations, in source order. */
    List<TimeoutSite> ofMethod(MethodModel method) {
        deriveWrappers();
        TypeModel owner = program.program().type(method.declaringType()).orElseThrow();
        List<TimeoutSite> out = new ArrayList<>(annotated(method.id(), method.annotations(), owner));
        List<ResolvedCall> calls = program.calls(method);
        for (ResolvedCall rc : calls) {
            CallSite site = rc.site();
            match(method, calls, site).ifPresent(m -> out.addAll(sites(method.id(), m.api(), site.name(), site.args(),
                    site.text(), setterLine(site.location()), owner, site.index(), m.root())));
        }
        return ordinals(out);
    }

    /** Class-level annotations ({@code @Transactional(timeout = 5)} on a service) and field initializers of a type. */
    List<TimeoutSite> ofType(TypeModel type) {
        List<TimeoutSite> out = new ArrayList<>(annotated(type.qualifiedName(), type.annotations(), type));
        if (type.fields().stream().anyMatch(f -> f.value() instanceof Expr.Call || f.value() instanceof Expr.New)) {
            deriveWrappers(); // only calls and constructions in initializers can match a call entry
        }
        for (Field f : type.fields()) {
            if (f.value() != null) {
                inExpr(type.qualifiedName() + "#" + f.name(), f.value(), type, f.location(), out);
            }
        }
        return ordinals(out);
    }

    /**
     * A call's range starts where its builder chain starts; the setter itself ends the range, so its line is the last
     * one ({@code .readTimeout(30, SECONDS)} on its own line of a multi-line chain).
     */
    private static Location setterLine(Location call) {
        if (call.endLine() == call.line()) {
            return call;
        }
        return new Location(call.path(), call.endLine(), 1, call.endLine(), call.endColumn());
    }

    /** Settings passed by name: the key argument must name this one ({@code "mail.smtp.timeout"}). */
    private static boolean keyMatches(TimeoutApi api, CallSite site) {
        if (api.keys() == null || api.keys().isEmpty()) {
            return true;
        }
        if (site.args().size() <= api.keyIndex()) {
            return false;
        }
        Expr key = site.args().get(api.keyIndex());
        String value = key instanceof Expr.Literal l && l.value() instanceof String str ? str : null;
        return api.keyMatches(value, key.text());
    }

    private static boolean argCountMatches(TimeoutApi api, int argCount) {
        return api.argCount() == null || api.argCount() == argCount;
    }

    /** One site per value the call sets (a Feign {@code Request.Options} sets two). */
    private List<TimeoutSite> sites(String owner, TimeoutApi api, String method, List<Expr> args, String text,
                                    Location at, TypeModel context, int callIndex, int root) {
        Map<String, Integer> slots = api.arguments() != null ? api.arguments()
                : Map.of(api.setting() == null ? method : api.setting(), api.valueArgument());
        List<TimeoutSite> out = new ArrayList<>();
        for (Map.Entry<String, Integer> slot : new java.util.TreeMap<>(slots).entrySet()) {
            TimeoutApi spec = api.arguments() == null ? api : withSetting(api, slot.getKey());
            Quantity q = folder.argument(args, slot.getValue(), context, at).orElse(null);
            String client = api.types() == null || api.types().isEmpty() ? "" : simple(api.types().get(0)) + ".";
            String name = method.equals(CONSTRUCTOR) ? "new " + simple(api.types().get(0)) : method;
            String shown = name + "(" + String.join(", ", args.stream().map(Expr::text).toList()) + ")";
            out.add(new TimeoutSite(owner, client + method + ":" + spec.setting(), shown, text, at, q,
                    TimeoutValues.millis(q, spec), false, spec, callIndex, root));
        }
        return out;
    }

    private static TimeoutApi withSetting(TimeoutApi a, String setting) {
        return new TimeoutApi(a.library(), a.types(), a.methods(), a.annotations(), a.properties(), setting, a.unit(),
                a.argument(), a.argCount(), null, a.attribute(), a.unitAttribute(), a.nameAttribute(), a.defaultValue(),
                a.infiniteWhenNonPositive(), a.deadline(), a.waits(), a.factories(), a.settings(), a.zeroIsNoWait(),
                a.unboundedBy(), a.keys(), a.keyArgument());
    }

    private List<TimeoutSite> annotated(String owner, List<Annotation> annotations, TypeModel context) {
        List<TimeoutSite> out = new ArrayList<>();
        for (Annotation a : annotations) {
            String qualified = program.types().resolve(a.name(), context);
            for (TimeoutApi api : annotationEntries) {
                if (api.annotations().contains(qualified)) {
                    annotationSite(owner, a, api, context).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<TimeoutSite> annotationSite(String owner, Annotation a, TimeoutApi api, TypeModel context) {
        Location at = a.location();
        String attr = api.attribute() == null ? "value" : api.attribute();
        String text = "@" + a.simpleName() + (a.values().isEmpty() ? "" : "(" + String.join(", ",
                a.values().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue().text()).toList()) + ")");
        String what = text;
        String key = "@" + simple(api.annotations().get(0)) + ":" + api.setting();
        if (api.nameAttribute() != null) {
            Optional<String> name = Optional.ofNullable(a.values().get(api.nameAttribute()))
                    .or(() -> Optional.ofNullable(a.values().get("value"))).flatMap(e -> folder.string(e, context));
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Optional<Quantity> q = named(api, name.get());
            Double ms = q.map(x -> TimeoutValues.millis(x, api)).orElse(TimeoutValues.defaultMillis(api).orElse(null));
            return Optional.of(new TimeoutSite(owner, key, what, text, at, q.orElse(null), ms, q.isEmpty(), api,
                    -1, -1));
        }
        Expr value = a.values().get(attr);
        if (value == null) {
            return Optional.empty(); // e.g. @Transactional without a timeout: nothing set here
        }
        Optional<Quantity> q = folder.fold(value, context, at);
        if (q.isPresent() && q.get().bare() && api.unitAttribute() != null && a.values().containsKey(api.unitAttribute())) {
            Optional<ChronoUnit> unit = folder.unit(a.values().get(api.unitAttribute()), context);
            if (unit.isPresent()) {
                q = Optional.of(q.get().withUnit(unit.get()));
            }
        }
        return Optional.of(new TimeoutSite(owner, key, what, text, at, q.orElse(null),
                TimeoutValues.millis(q.orElse(null), api), false, api, -1, -1));
    }

    /** A named instance's value from {@code resilience4j.timelimiter.instances.<name>.timeout-duration} and friends. */
    private Optional<Quantity> named(TimeoutApi api, String name) {
        ConfigProperties props = folder.properties();
        for (String pattern : api.properties() == null ? List.<String>of() : api.properties()) {
            Optional<Quantity> q = props.quantity(pattern.replace("{name}", name));
            if (q.isPresent()) {
                return q;
            }
        }
        return Optional.empty();
    }

    /** Timeout calls inside a field initializer: {@code new OkHttpClient.Builder().readTimeout(...).build()}. */
    private void inExpr(String owner, Expr e, TypeModel context, Location at, List<TimeoutSite> out) {
        if (e instanceof Expr.Call c) {
            if (c.scope() != null) {
                inExpr(owner, c.scope(), context, at, out);
            }
            Set<String> chain = new LinkedHashSet<>();
            exprChainTypes(c.scope(), context, chain);
            for (Entry entry : callEntries) {
                if (entry.api().methods().contains(c.name()) && argCountMatches(entry.api(), c.args().size())
                        && entry.types().matchesAny(chain)) {
                    out.addAll(sites(owner, entry.api(), c.name(), c.args(), c.text(), at, context, -1, -1));
                    break;
                }
            }
            c.args().forEach(a -> inExpr(owner, a, context, at, out));
        } else if (e instanceof Expr.New n) {
            List<String> closure = program.types().closure(program.types().resolve(n.type(), context));
            for (Entry entry : callEntries) {
                if (entry.api().methods().contains(CONSTRUCTOR) && argCountMatches(entry.api(), n.args().size())
                        && entry.types().matchesAny(closure)) {
                    out.addAll(sites(owner, entry.api(), CONSTRUCTOR, n.args(), n.text(), at, context, -1, -1));
                    break;
                }
            }
            n.args().forEach(a -> inExpr(owner, a, context, at, out));
        }
    }

    private void exprChainTypes(Expr scope, TypeModel context, Set<String> out) {
        Expr root = scope;
        while (root instanceof Expr.Call c && c.scope() != null) {
            root = c.scope();
        }
        String type = null;
        if (root instanceof Expr.New n) {
            type = n.type();
        } else if (root instanceof Expr.Name n) {
            type = context.field(n.name()).map(Field::typeName)
                    .orElse(Character.isUpperCase(n.name().charAt(0)) ? n.name() : null);
        } else if (root instanceof Expr.FieldRef f) {
            type = f.text();
        }
        if (type != null) {
            out.addAll(program.types().closure(program.types().resolve(type, context)));
        }
    }

    /** The same key twice in one owner (two clients built in one bean method) gets an ordinal. */
    private static List<TimeoutSite> ordinals(List<TimeoutSite> sites) {
        Map<String, Integer> seen = new HashMap<>();
        List<TimeoutSite> out = new ArrayList<>();
        for (TimeoutSite s : sites) {
            int n = seen.merge(s.key(), 1, Integer::sum);
            out.add(n == 1 ? s : new TimeoutSite(s.owner(), s.key() + "#" + n, s.what(), s.text(), s.location(),
                    s.value(), s.millis(), s.fromDefault(), s.spec(), s.callIndex(), s.chainRoot()));
        }
        return out;
    }

    static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
