package dev.opsdiff.guard;

import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.source.Identifiers;
import dev.opsdiff.source.Patterns;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Guards declared rather than tested: exceptions caught around a write, {@code @Version} on the written entity,
 * {@code @SchedulerLock} on the method and an {@code Idempotency-Key} request-header parameter.
 */
final class DeclaredGuards {
    /** A rethrow-unless-duplicate test sits in the catch right below the try: a few lines after the write. */
    private static final int CATCH_REACH = 6;
    private final MethodView view;
    private final GuardCatalog catalog;
    private final BiConsumer<Integer, GuardFact> protect;
    private final Consumer<GuardFact> site;

    DeclaredGuards(MethodView view, GuardCatalog catalog, BiConsumer<Integer, GuardFact> protect,
                   Consumer<GuardFact> site) {
        this.view = view;
        this.catalog = catalog;
        this.protect = protect;
        this.site = site;
    }

    /** A duplicate-key or optimistic-lock catch protects the writes inside the try, from the first write on. */
    void catches(int i) {
        CallSite c = view.site(i);
        for (String caught : c.catches()) {
            String q = view.program.types().resolve(caught, view.owner);
            for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.CATCH)) {
                List<String> exceptions = GuardCatalog.nonNull(e.api().exceptions());
                boolean listed = !exceptions.isEmpty() && GuardCatalog.typeMatches(exceptions, List.of(q));
                if ((listed || namedDuplicate(e, i, q) || testedInCatch(exceptions, i))
                        && writeBeforeInSameTry(i, caught)) {
                    String simple = GuardCatalog.simple(q);
                    protect.accept(i, fact(e.kind(), GuardFact.Origin.CATCH, simple, "catch (" + simple + ")", null, null,
                            c.location(), -1, e.scope()));
                }
            }
        }
    }

    /**
     * A project exception that says the thing already exists: by its name ({@code TagAlreadyExistsException}), or
     * caught and rethrown unless its error code names a duplicate ({@code if (e.getCode() !=
     * ErrorCode.TAG_ALREADY_EXISTS.getCode()) throw e;}, an early exit after the call whose condition tests the code).
     */
    private boolean namedDuplicate(GuardCatalog.Entry e, int i, String caught) {
        Map<String, Object> settings = e.api().settings();
        if (settings == null) {
            return false;
        }
        Object names = settings.get("exceptionNames");
        if (names != null && Patterns.of(String.valueOf(names)).matcher(GuardCatalog.simple(caught)).matches()) {
            return true;
        }
        Object codes = settings.get("codeNames");
        if (codes == null) {
            return false;
        }
        Pattern code = Patterns.of(String.valueOf(codes));
        int line = view.site(i).location().endLine();
        return view.method.guards().stream().anyMatch(g -> g.kind() == Guard.Kind.EARLY_EXIT
                && "throw".equals(g.exit()) && g.location().line() > line
                && g.location().line() <= line + CATCH_REACH
                && g.condition().text().contains("!=") && code.matcher(g.condition().text()).find());
    }

    /**
     * A broad catch whose body tests for a listed exception before handling it ({@code catch (Exception e) { if (e
     * instanceof DuplicateKeyException) return null; throw e; }}): a condition just after the call names it.
     */
    private boolean testedInCatch(List<String> exceptions, int i) {
        if (exceptions.isEmpty()) {
            return false;
        }
        int line = view.site(i).location().endLine();
        List<String> near = view.method.guards().stream()
                .filter(g -> g.location().line() > line && g.location().line() <= line + CATCH_REACH)
                .map(g -> g.condition().text()).filter(t -> t.contains("instanceof")).toList();
        if (near.isEmpty()) {
            return false;
        }
        Pattern test = Patterns.of("\\binstanceof\\s+([\\w$]+\\.)*(" + String.join("|", exceptions.stream()
                .map(x -> Pattern.quote(GuardCatalog.simple(x))).toList()) + ")\\b");
        return near.stream().anyMatch(t -> test.matcher(t).find());
    }

    private boolean writeBeforeInSameTry(int i, String caught) {
        for (int w = 0; w <= i; w++) {
            ResolvedCall rc = view.calls.get(w);
            boolean write = rc.effect() != null && rc.effect().kind() == EffectKind.DB_WRITE
                    || rc.effect() == null && !rc.targets().isEmpty();
            if (write && rc.site().catches().contains(caught)) {
                return true;
            }
        }
        return false;
    }


    /** {@code repo.save(order)} where {@code Order} has a {@code @Version} field. */
    void entity(int i) {
        ResolvedCall rc = view.calls.get(i);
        if (rc.effect() == null || rc.effect().kind() != EffectKind.DB_WRITE) {
            return;
        }
        for (Expr arg : rc.site().args()) {
            if (!(arg instanceof Expr.Name n)) {
                continue;
            }
            TypeModel type = typeOf(n.name());
            if (type == null) {
                continue;
            }
            for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.FIELD_ANNOTATION)) {
                for (var field : type.fields()) {
                    Set<String> q = view.qualified(field.annotations(), type);
                    if (GuardCatalog.annotated(GuardCatalog.nonNull(e.api().annotations()), q)) {
                        String ann = field.annotations().stream().filter(a -> GuardCatalog.annotated(
                                e.api().annotations(), view.qualified(List.of(a), type))).findFirst()
                                .map(Annotation::simpleName).orElse("Version");
                        protect.accept(i, fact(e.kind(), GuardFact.Origin.ENTITY, "@" + ann, "@" + ann + " "
                                + type.simpleName() + "." + field.name(), null, null, field.location(), -1,
                                Set.of()));
                    }
                }
            }
        }
    }

    /** The declared type of a name: a parameter, a local another call is made on, or a field. */
    private TypeModel typeOf(String name) {
        String typeName = null;
        for (Parameter p : view.method.parameters()) {
            if (p.name().equals(name)) {
                typeName = p.typeName();
            }
        }
        for (int c = 0; typeName == null && c < view.calls.size(); c++) {
            CallSite s = view.site(c);
            if (s.receiver().text().equals(name) && s.receiver().typeName() != null) {
                typeName = s.receiver().typeName();
            }
        }
        if (typeName == null) {
            typeName = view.owner.field(name).map(f -> f.typeName()).orElse(null);
        }
        return typeName == null ? null : view.program.program()
                .type(view.program.types().resolve(typeName, view.owner)).orElse(null);
    }


    /** {@code @SchedulerLock} guards the whole method; {@code @RequestHeader("Idempotency-Key") key} the calls using it. */
    void annotations() {
        MethodModel m = view.method;
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.METHOD_ANNOTATION)) {
            for (Annotation a : m.annotations()) {
                if (GuardCatalog.annotated(GuardCatalog.nonNull(e.api().annotations()),
                        view.qualified(List.of(a), view.owner))) {
                    GuardFact f = fact(e.kind(), GuardFact.Origin.ANNOTATION, "@" + a.simpleName(), annotationText(a),
                            null, null, m.location(), -1, e.scope());
                    site.accept(f);
                    view.calls.forEach(rc -> protect.accept(rc.site().index(), f));
                }
            }
        }
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.METHOD_MODIFIER)) {
            for (String modifier : GuardCatalog.nonNull(e.api().methods())) {
                // synchronized protects a check-then-act only when the method checks something before acting.
                if (m.hasModifier(modifier) && (!requiresCheck(e) || !m.guards().isEmpty())) {
                    GuardFact f = fact(e.kind(), GuardFact.Origin.ANNOTATION, modifier, modifier + " "
                            + m.name() + "(..)", null, null, m.location(), -1, e.scope());
                    site.accept(f);
                    view.calls.forEach(rc -> protect.accept(rc.site().index(), f));
                }
            }
        }
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.PARAMETER_ANNOTATION)) {
            for (Parameter p : m.parameters()) {
                for (Annotation a : p.annotations()) {
                    if (!GuardCatalog.annotated(GuardCatalog.nonNull(e.api().annotations()),
                            view.qualified(List.of(a), view.owner)) || !namesHeader(e, a)) {
                        continue;
                    }
                    GuardFact f = fact(e.kind(), GuardFact.Origin.ANNOTATION, "@" + a.simpleName(),
                            annotationText(a) + " " + p.typeName() + " " + p.name(), null, p.name(), m.location(), -1,
                            e.scope());
                    site.accept(f);
                    view.calls.stream().filter(rc -> Identifiers.uses(view.argsText(rc.site().index()), p.name()))
                            .forEach(rc -> protect.accept(rc.site().index(), f));
                }
            }
        }
    }

    /** Catalog {@code settings.requiresCheck}: the guard counts only around a check-then-act. */
    static boolean requiresCheck(GuardCatalog.Entry e) {
        return e.flag("requiresCheck");
    }

    private static boolean namesHeader(GuardCatalog.Entry e, Annotation a) {
        List<String> headers = GuardCatalog.nonNull(e.api().headers());
        String value = a.attributes().getOrDefault("value", a.attributes().get("name"));
        return headers.isEmpty() || value != null && headers.stream().anyMatch(h -> h.equalsIgnoreCase(value));
    }

    /** The annotation as a reader recognises it: its name or value attribute only ({@code @SchedulerLock(name = "x")}). */
    private static String annotationText(Annotation a) {
        if (a.values().containsKey("value")) {
            return "@" + a.simpleName() + "(" + a.values().get("value").text() + ")";
        }
        if (a.values().containsKey("name")) {
            return "@" + a.simpleName() + "(name = " + a.values().get("name").text() + ")";
        }
        return "@" + a.simpleName();
    }

    private GuardFact fact(GuardKind kind, GuardFact.Origin origin, String api, String text, String key,
                           String keyText, Location location, int callIndex, Set<String> scope) {
        return new GuardFact(kind, origin, api, text, key, keyText, location, view.method.id(), callIndex, scope,
                false);
    }
}
