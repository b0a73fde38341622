package dev.opsdiff.guard;

import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** How {@link GuardClassifier} reads a call that guards what follows it: its text, header and annotations. */
final class SequenceCalls {
    private static final Pattern IDEMPOTENCY_NAME = Pattern.compile("(?i).*idempoten.*");

    private SequenceCalls() {
    }

    /**
     * A call in a fluent chain named by itself ({@code header("Idempotency-Key", key)}), not by the whole chain
     * before it; other calls as written.
     */
    static String ownText(CallSite s) {
        if (s.receiver().kind() != dev.opsdiff.model.Receiver.Kind.CALL_RESULT) {
            return s.text();
        }
        return s.name() + "(" + String.join(", ", s.args().stream().map(Expr::text).toList()) + ")";
    }

    /** {@code header("Idempotency-Key", key)}: the header name literal, or a constant named for it. */
    static boolean headerMatches(GuardCatalog.Entry e, CallSite s) {
        List<String> headers = GuardCatalog.nonNull(e.api().headers());
        if (headers.isEmpty()) {
            return true;
        }
        if (s.args().size() < 2) {
            return false;
        }
        Expr first = s.args().get(0);
        if (first instanceof Expr.Literal l && l.value() instanceof String name) {
            return headers.stream().anyMatch(h -> h.equalsIgnoreCase(name));
        }
        return IDEMPOTENCY_NAME.matcher(first.text()).matches();
    }

    /** A repository method carrying the entry's annotation ({@code @Lock}, a guarded query). */
    static boolean repositoryAnnotated(MethodView view, GuardCatalog.Entry e, MethodModel declared) {
        TypeModel owner = view.program.program().type(declared.declaringType()).orElse(null);
        if (owner == null) {
            return false;
        }
        for (Annotation a : declared.annotations()) {
            String q = view.program.types().resolve(a.name(), owner);
            if (GuardCatalog.annotated(GuardCatalog.nonNull(e.api().annotations()), Set.of(q))
                    && (e.argPattern() == null || e.argPattern().matcher(String.join(",", a.attributes().values()))
                    .find())) {
                return true;
            }
        }
        return false;
    }
}
