package dev.opsdiff.guard;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Classifies single calls of one method as guard checks: catalog shapes first, then project helpers whose body holds
 * a test ({@code boolean alreadyHandled(id) { return repo.existsById(id); }}), so a check extracted into a helper
 * still counts.
 */
final class CallChecks {
    /** Helpers are looked into this deep; a dedupe check is rarely buried deeper than a helper of a helper. */
    static final int MAX_HELPER_DEPTH = 2;
    /** Calls that write to a store, making the receiver a processed-id store whatever its name. */
    private static final Set<String> STORE_WRITES = Set.of("add", "addAll", "put", "putIfAbsent", "offer", "set");
    /**
     * Helper names that answer "go ahead" rather than "already done" ({@code isNew(id)}, {@code tryClaim(id)}); other
     * helpers keep the sense of the test inside them.
     */
    private static final Pattern FRESH_HELPER = Pattern.compile(
            "(?i)^(isNew|isFirst|isUnprocessed|notYet|shouldProcess|shouldHandle|canProcess|canHandle|firstTime|tryClaim"
                    + "|claim|acquire|tryAcquire|tryLock|markIfAbsent|register)\\w*");

    private final MethodView view;
    private final GuardCatalog catalog;
    private final Function<MethodModel, CallChecks> helpers;
    private final int depth;
    private final boolean strict;
    private final Map<Integer, Optional<Check>> cache = new HashMap<>();
    private final Map<String, String> locals;

    /**
     * @param strict whether this reads BEFORE, where entries marked {@code afterOnly} (vague names that may still
     *               guard a rewritten check) do not count
     */
    CallChecks(MethodView view, GuardCatalog catalog, Function<MethodModel, CallChecks> helpers, int depth,
              boolean strict) {
        this.view = view;
        this.catalog = catalog;
        this.helpers = helpers;
        this.depth = depth;
        this.strict = strict;
        this.locals = view.locals();
    }

    MethodView view() {
        return view;
    }

    /** A helper's view, shared with the rest of the analysis (built once per method). */
    MethodView helperView(MethodModel helper) {
        return helpers.apply(helper).view();
    }

    /** The test this call is, if any. */
    Optional<Check> check(int index) {
        return cache.computeIfAbsent(index, i -> catalogCheck(i).or(() -> helperCheck(i)));
    }

    /** Tests in this method's own body (not through helpers), for helpers' callers. */
    List<Check> ownChecks() {
        return view.calls.stream().map(rc -> catalogCheck(rc.site().index())).flatMap(Optional::stream).toList();
    }

    Optional<Check> catalogCheck(int index) {
        for (GuardCatalog.Entry e : catalog.guards(GuardCatalog.Shape.TEST, view.site(index).name())) {
            if ((!strict || !e.afterOnly()) && matches(e, index)) {
                return Optional.of(check(e, index));
            }
        }
        return Optional.empty();
    }

    /** Whether a catalog entry (of any call shape) describes this call. */
    boolean matches(GuardCatalog.Entry e, int index) {
        CallSite site = view.site(index);
        if (!e.matchesName(site.name())) {
            return false;
        }
        boolean constrained = !e.methods().isEmpty() || e.pattern() != null || e.sql() != null
                || e.argPattern() != null || !e.types().isEmpty();
        if (!constrained) {
            return false;
        }
        if (e.shape() == GuardCatalog.Shape.TEST && !e.scope().isEmpty() && !resolvesTo(e.scope(), index)) {
            return false;
        }
        if (e.entityMethod() && (site.argCount() != 0 || site.receiver().kind() != Receiver.Kind.VARIABLE)) {
            return false;
        }
        // A check known by its name only: a project method, and it must be handed the key it checks.
        if (e.projectOnly() && (site.argCount() <= 0 || !ProtectedEffects.projectOrUnknown(view, index))) {
            return false;
        }
        if (!e.types().isEmpty() && !GuardCatalog.typeMatches(e.types(), view.receiverClosure(index))) {
            return false;
        }
        if (e.sql() != null && view.sqlTexts(index).stream().noneMatch(s -> e.sql().matcher(s).matches())) {
            return false;
        }
        if (e.argPattern() != null && !e.argPattern().matcher(view.argsText(index)).find()) {
            return false;
        }
        if (Boolean.TRUE.equals(e.api().sharedStore()) && !isField(site)) {
            return false;
        }
        return e.receiverNames() == null || isStore(e.receiverNames(), site);
    }

    /**
     * The call resolves to one of these effects ({@code db-query}): a lookup on a project mapper, DAO or repository
     * known by its role, whatever its type is called.
     */
    private boolean resolvesTo(Set<String> effects, int index) {
        var effect = view.calls.get(index).effect();
        return effect != null && effects.contains(effect.kind().id()) && !view.site(index).args().isEmpty();
    }

    /** The receiver is a field of the class (or {@code this.x}), not a parameter or a local of this call. */
    private boolean isField(CallSite site) {
        String text = site.receiver().text();
        if (text.startsWith("this.")) {
            return true;
        }
        return site.receiver().kind() == Receiver.Kind.VARIABLE && view.owner.field(text).isPresent()
                && !view.parameterNames().contains(text);
    }

    /** A set or map used as a processed-id store: named like one, or written to somewhere in its class. */
    private boolean isStore(Pattern names, CallSite site) {
        String receiver = site.receiver().text().replace("this.", "");
        if (names.matcher(receiver).matches()) {
            return true;
        }
        for (MethodModel m : view.owner.methods()) {
            for (CallSite c : m.calls()) {
                if (STORE_WRITES.contains(c.name()) && c.receiver().text().replace("this.", "").equals(receiver)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Check check(GuardCatalog.Entry e, int index) {
        CallSite site = view.site(index);
        String keyText = keyText(e.keyArgs(), site.args());
        return new Check(e.kind(), e.sense(), e, site.name(), site.text(), keyText, Keys.substitute(keyText, locals),
                index);
    }

    static String keyText(String keyArgs, List<Expr> args) {
        if (args.isEmpty() || "none".equals(keyArgs)) {
            return null;
        }
        if ("all".equals(keyArgs)) {
            return args.stream().map(Expr::text).collect(Collectors.joining(", "));
        }
        return args.get(0).text();
    }

    /** A project method called here whose own body holds a test: the call is that test, its key mapped to our args. */
    private Optional<Check> helperCheck(int index) {
        if (depth >= MAX_HELPER_DEPTH) {
            return Optional.empty();
        }
        CallSite site = view.site(index);
        if (site.receiver().kind() == Receiver.Kind.CALL_RESULT) {
            return Optional.empty();
        }
        for (String target : view.calls.get(index).targets()) {
            MethodModel callee = view.program.program().method(target).orElse(null);
            if (callee == null || !callee.hasBody() || callee.id().equals(view.method.id())) {
                continue;
            }
            CallChecks inner = helpers.apply(callee);
            for (Check t : inner.ownChecksDeep()) {
                if (t.kind().atomic() && !answersWithBoolean(callee)) {
                    // A helper that validates and returns a value is a check at most: its caller cannot read the
                    // claim's answer, so the call is no atomic claim.
                    continue;
                }
                Map<String, String> bindings = bindings(callee, site);
                String keyText = Keys.substitute(t.key(), bindings);
                GuardCatalog.Sense sense = FRESH_HELPER.matcher(callee.name()).matches()
                        ? GuardCatalog.Sense.FRESH : t.sense();
                return Optional.of(new Check(t.kind(), sense, t.entry(), t.api(), site.text(), keyText,
                        Keys.substitute(keyText, locals), index));
            }
        }
        return Optional.empty();
    }

    private static boolean answersWithBoolean(MethodModel callee) {
        return "boolean".equals(callee.returnType()) || "Boolean".equals(callee.returnType())
                || "java.lang.Boolean".equals(callee.returnType());
    }

    /** Own checks, or the checks of helpers called from here (a helper of a helper). */
    private List<Check> ownChecksDeep() {
        List<Check> own = ownChecks();
        if (!own.isEmpty()) {
            return own;
        }
        return view.calls.stream().map(rc -> check(rc.site().index())).flatMap(Optional::stream).toList();
    }

    /** The callee's parameter names bound to the caller's argument texts. */
    static Map<String, String> bindings(MethodModel callee, CallSite site) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < callee.parameters().size() && i < site.args().size(); i++) {
            out.put(callee.parameters().get(i).name(), site.args().get(i).text());
        }
        return out;
    }

    TypeModel owner() {
        return view.owner;
    }
}
