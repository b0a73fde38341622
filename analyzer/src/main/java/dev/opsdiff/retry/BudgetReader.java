package dev.opsdiff.retry;

import dev.opsdiff.catalog.RetryApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.values.Quantity;
import dev.opsdiff.values.ValueFolder;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a retry construct's budget from what configures it, with the catalog's role vocabulary: the construct's own
 * arguments ({@code .retry(3)}, {@code retryWhen(Retry.backoff(3, ...))}), the policy object it runs with (a field
 * initializer, a local built earlier in the method, a {@code @Bean} method or the constructors of its class),
 * annotation attributes ({@code @Retryable(maxAttempts = 4, backoff = @Backoff(delay = 200))}) and the Spring Boot
 * properties of a named instance.
 */
final class BudgetReader {
    /** Compiled once: this runs for every call site, line or node. */
    private static final java.util.regex.Pattern TYPE_ARGUMENTS = java.util.regex.Pattern.compile("<.*>");
    /** Policy definitions referring to others: deeper chains are rare and the bound stops cycles. */
    private static final int MAX_DEPTH = 6;
    private static final String BEAN = "Bean";

    private final ResolvedProgram program;
    private final ValueFolder folder;

    /** What the scan found so far; explicit settings win over a named instance's properties and the defaults. */
    private static final class Scan {
        Long attempts;
        Location attemptsAt;
        Location backoffAt;
        boolean unbounded;
        boolean found;
        boolean defaults;
        Boolean backoff;
        Quantity backoffValue;
        ChronoUnit unit;
        String name;
    }

    BudgetReader(ResolvedProgram program, ValueFolder folder) {
        this.program = program;
        this.folder = folder;
    }

    /** The budget of a retrying call, or empty when the entry needs a policy and none was found. */
    Optional<RetryBudget> forCall(RetryApi api, MethodModel m, List<ResolvedCall> calls, int index, TypeModel owner) {
        Scan s = new Scan();
        CallSite site = calls.get(index).site();
        if (api.upstream()) {
            apply(api, site.name(), site.args(), owner, site.location(), s);
        }
        site.args().forEach(a -> expr(api, a, m, calls, owner, site.location(), s, 0));
        if (!api.upstream()) {
            chain(api, m, calls, index, owner, s, 0, false);
        }
        if (Boolean.TRUE.equals(api.requiresPolicy()) && !s.found) {
            return Optional.empty();
        }
        return Optional.of(finish(api, s));
    }

    /** The budget of a retry annotation. */
    RetryBudget forAnnotation(RetryApi api, Annotation a, TypeModel owner) {
        Scan s = new Scan();
        Map<String, String> roles = api.attributes() == null ? Map.of() : api.attributes();
        for (Map.Entry<String, Expr> e : a.values().entrySet()) {
            if (e.getValue() instanceof Expr.AnnotationValue nested) {
                String prefix = simple(nested.name()) + ".";
                nested.values().forEach((k, v) -> role(roles.get(prefix + k), List.of(v), owner, a.location(), s));
            } else {
                role(roles.get(e.getKey()), List.of(e.getValue()), owner, a.location(), s);
            }
        }
        return finish(api, s);
    }

    private RetryBudget finish(RetryApi api, Scan s) {
        if (s.name != null && api.propertyPrefixes() != null && api.properties() != null) {
            named(api, s);
        }
        boolean known = s.attempts != null || s.unbounded || s.defaults;
        long defaultAttempts = api.defaultAttempts() == null ? 3 : api.defaultAttempts();
        long attempts = s.unbounded ? RetryBudget.UNBOUNDED : s.attempts != null ? s.attempts : defaultAttempts;
        long defaultBackoff = api.defaultBackoffMs() == null ? 0 : api.defaultBackoffMs();
        Long backoffMs = s.backoffValue != null ? toLong(s.backoffValue.millis(s.unit != null ? s.unit : ChronoUnit.MILLIS))
                : Boolean.FALSE.equals(s.backoff) ? Long.valueOf(0) : s.backoff == null ? Long.valueOf(defaultBackoff) : null;
        boolean hasBackoff = s.backoff != null ? s.backoff && (backoffMs == null || backoffMs > 0) : defaultBackoff > 0;
        return new RetryBudget(attempts, hasBackoff, backoffMs, !known, s.attemptsAt, s.backoffAt);
    }

    /** Settings of a named instance ({@code resilience4j.retry.instances.<name>.max-attempts}), first prefix wins. */
    private void named(RetryApi api, Scan s) {
        for (String prefix : api.propertyPrefixes()) {
            String p = prefix.replace("{name}", s.name);
            for (Map.Entry<String, String> e : api.properties().entrySet()) {
                Optional<Quantity> q = folder.properties().quantity(p + e.getKey());
                if (q.isEmpty()) {
                    continue;
                }
                if (e.getValue().equals("attempts") && s.attempts == null && !s.unbounded) {
                    s.attempts = Math.round(q.get().amount());
                    s.attemptsAt = source(q.get());
                } else if (e.getValue().equals("backoff") && s.backoffValue == null && s.backoff == null) {
                    s.backoffValue = q.get();
                    s.backoff = q.get().amount() > 0;
                    s.backoffAt = source(q.get());
                }
            }
        }
    }

    /** Roles of one call by name ({@code maxAttempts(4)}) or constructor ({@code new SimpleRetryPolicy(4)}). */
    private void apply(RetryApi api, String name, List<Expr> args, TypeModel owner, Location at, Scan s) {
        if (api.policy() != null) {
            role(api.policy().get(name), args, owner, at, s);
        }
    }

    private void role(String spec, List<Expr> args, TypeModel owner, Location at, Scan s) {
        if (spec == null) {
            return;
        }
        s.found = true;
        for (String part : spec.split(",")) {
            // "retries:0|unbounded": the role of argument 0, or the fallback role when the call has no such argument.
            String[] alternatives = part.strip().split("\\|");
            String[] p = alternatives[0].split(":");
            int i = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            Expr arg = i < args.size() ? args.get(i) : null;
            if (arg == null && p.length > 1 && alternatives.length > 1) {
                p = alternatives[1].split(":");
            }
            switch (p[0]) {
                case "attempts", "retries" -> {
                    Optional<Quantity> q = arg == null ? Optional.empty() : folder.fold(arg, owner, at);
                    if (q.isPresent()) {
                        long n = Math.round(q.get().amount()) + (p[0].equals("retries") ? 1 : 0);
                        s.unbounded = n <= 0; // MicroProfile maxRetries = -1: forever
                        s.attempts = n <= 0 ? null : n;
                        s.attemptsAt = source(q.get()) != null ? source(q.get()) : at;
                    }
                }
                case "backoff" -> {
                    Optional<Quantity> q = arg == null || p.length < 2 && args.size() != 1 ? Optional.empty()
                            : folder.argument(args, i, owner, at);
                    s.backoffValue = q.orElse(null);
                    s.backoff = q.map(x -> x.amount() > 0).orElse(true);
                    s.backoffAt = q.map(BudgetReader::source).orElse(null) != null ? source(q.get()) : at;
                }
                case "no-backoff" -> {
                    s.backoff = false;
                    s.backoffAt = at;
                }
                case "unbounded" -> {
                    s.unbounded = true;
                    s.attemptsAt = at;
                }
                case "defaults" -> s.defaults = true;
                case "unit" -> s.unit = arg == null ? s.unit : folder.unit(arg, owner).orElse(s.unit);
                case "name" -> s.name = arg == null ? s.name : folder.string(arg, owner).orElse(s.name);
                default -> throw new IllegalStateException("unknown retry role '" + p[0] + "' in the catalog");
            }
        }
    }

    /** A policy expression: builder chains, factory calls, constructors, and names of fields holding a policy. */
    private void expr(RetryApi api, Expr e, MethodModel m, List<ResolvedCall> calls, TypeModel owner, Location at,
                      Scan s, int depth) {
        if (e == null || depth > MAX_DEPTH) {
            return;
        }
        if (e instanceof Expr.Call c) {
            apply(api, c.name(), c.args(), owner, at, s);
            expr(api, c.scope(), m, calls, owner, at, s, depth + 1);
            c.args().forEach(a -> expr(api, a, m, calls, owner, at, s, depth + 1));
        } else if (e instanceof Expr.New n) {
            apply(api, "new " + simple(n.type()), n.args(), owner, at, s);
            n.args().forEach(a -> expr(api, a, m, calls, owner, at, s, depth + 1));
        } else if (e instanceof Expr.Name n) {
            definition(api, n.name(), m, calls, owner, s, depth + 1);
        }
    }

    /** The calls of a chain ending at {@code index} (excluding it unless asked), then the chain's root variable. */
    private void chain(RetryApi api, MethodModel m, List<ResolvedCall> calls, int index, TypeModel owner, Scan s,
                       int depth, boolean includeSelf) {
        int i = index;
        boolean first = true;
        while (i >= 0 && depth <= MAX_DEPTH) {
            CallSite c = calls.get(i).site();
            if (!first || includeSelf) {
                String name = c.name().equals(CallSite.CONSTRUCTOR) ? "new " + simple(c.receiver().text()) : c.name();
                apply(api, name, c.args(), owner, lastLine(c.location()), s);
                for (Expr a : c.args()) {
                    expr(api, a, m, calls, owner, c.location(), s, depth + 1);
                }
            }
            first = false;
            Receiver r = c.receiver();
            if (r.kind() == Receiver.Kind.CALL_RESULT) {
                i = r.chainedCall();
            } else {
                if (r.kind() == Receiver.Kind.VARIABLE) {
                    definition(api, r.text().replaceFirst("^this\\.", ""), m, calls, owner, s, depth + 1);
                }
                return;
            }
        }
    }

    /** Where a named policy object comes from: a local built in the method, a field initializer, a bean, a constructor. */
    private void definition(RetryApi api, String name, MethodModel m, List<ResolvedCall> calls, TypeModel owner,
                            Scan s, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (calls != null) {
            for (ResolvedCall c : calls) {
                if (name.equals(c.site().assignedTo())) {
                    chain(api, m, calls, c.site().index(), owner, s, depth + 1, true);
                    return;
                }
            }
        }
        Optional<Map.Entry<TypeModel, Field>> field = folder.field(name, owner);
        if (field.isEmpty()) {
            return;
        }
        TypeModel declaring = field.get().getKey();
        Field f = field.get().getValue();
        if (f.value() != null) {
            expr(api, f.value(), null, null, declaring, f.location(), s, depth + 1);
            return;
        }
        // Injected: read the @Bean method that builds this type, else the constructors that may assign it.
        String type = program.types().resolve(f.typeName(), declaring);
        List<MethodModel> sources = program.program().methods().stream()
                .filter(x -> x.hasAnnotation(BEAN) && x.returnType() != null && type.equals(program.types()
                        .resolve(x.returnType(), program.program().type(x.declaringType()).orElseThrow())))
                .toList();
        if (sources.size() != 1) {
            sources = declaring.methods().stream().filter(MethodModel::isConstructor).toList();
        }
        for (MethodModel source : sources) {
            List<ResolvedCall> sc = program.calls(source);
            TypeModel so = program.program().type(source.declaringType()).orElseThrow();
            for (ResolvedCall c : sc) {
                String cn = c.site().name().equals(CallSite.CONSTRUCTOR)
                        ? "new " + simple(c.site().receiver().text()) : c.site().name();
                apply(api, cn, c.site().args(), so, lastLine(c.site().location()), s);
            }
        }
    }

    /** The constant or property line a value was read from, when it was not written at the construct. */
    private static Location source(Quantity q) {
        return q.trail().stream().filter(o -> !o.name().isEmpty() && o.location() != null)
                .map(dev.opsdiff.values.Origin::location).findFirst().orElse(null);
    }

    /** A call in a multi-line builder chain ends on its own line ({@code .noBackoff()}); its range starts at the chain. */
    static Location lastLine(Location at) {
        return at.endLine() == at.line() ? at : new Location(at.path(), at.endLine(), 1, at.endLine(), at.endColumn());
    }

    private static Long toLong(Double d) {
        return d == null ? null : Math.round(d);
    }

    static String simple(String type) {
        String t = type == null ? "" : TYPE_ARGUMENTS.matcher(type).replaceAll("");
        return t.substring(t.lastIndexOf('.') + 1);
    }
}
