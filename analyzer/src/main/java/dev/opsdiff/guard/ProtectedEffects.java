package dev.opsdiff.guard;

import dev.opsdiff.catalog.Effect;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Which library effects are worth guarding, from the catalog's {@code protected-effect} entries: database writes
 * and message sends always, remote calls when they write (a POST, a charge, an email), and the verb a message uses.
 */
final class ProtectedEffects {
    private ProtectedEffects() {
    }

    /** What repeating this call does ("charge again"), or null when it is not worth guarding. */
    static String verb(GuardCatalog catalog, MethodView v, int index, Effect effect) {
        for (GuardCatalog.Entry e : catalog.protectedEffects()) {
            var api = e.api();
            if (!GuardCatalog.nonNull(api.effects()).contains(effect.kind().id())) {
                continue;
            }
            if (!e.types().isEmpty() && !GuardCatalog.typeMatches(e.types(), v.receiverClosure(index))) {
                continue;
            }
            if (!e.matchesName(v.site(index).name())) {
                continue;
            }
            if (e.argPattern() != null && !e.argPattern().matcher(v.argsText(index)).find()) {
                continue;
            }
            if (!GuardCatalog.nonNull(api.chain()).isEmpty() && !builtWith(v, index, api.chain())) {
                continue;
            }
            if (!GuardCatalog.nonNull(api.annotations()).isEmpty() && !declaredWith(v, index, api.annotations())) {
                continue;
            }
            return api.verb() == null ? "make the call again" : api.verb();
        }
        return null;
    }

    /** {@code restClient.post().uri(..).retrieve()}, or {@code client.send(request)} with a request built by {@code POST(..)}. */
    private static boolean builtWith(MethodView v, int index, List<String> verbs) {
        List<Integer> chain = new ArrayList<>(v.receiverChain(index));
        for (Expr arg : v.site(index).args()) {
            if (arg instanceof Expr.Name n && v.assigned.containsKey(n.name())) {
                int built = v.assigned.get(n.name());
                chain.add(built);
                chain.addAll(v.receiverChain(built));
            }
        }
        return chain.stream().anyMatch(c -> verbs.contains(v.site(c).name()));
    }

    /** A declared client method ({@code @FeignClient} interface) carrying a write mapping ({@code @PostMapping}). */
    private static boolean declaredWith(MethodView v, int index, List<String> annotations) {
        MethodModel declared = v.declared(index).orElse(null);
        if (declared == null) {
            return false;
        }
        TypeModel owner = v.program.program().type(declared.declaringType()).orElse(null);
        return owner != null && GuardCatalog.annotated(annotations, v.qualified(declared.annotations(), owner));
    }
}
