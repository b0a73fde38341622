package dev.opsdiff.guard;

import dev.opsdiff.catalog.Effect;
import dev.opsdiff.catalog.EffectKind;
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

    /** An in-process action: the effect it stands for (lower confidence, said in its basis) and its verb. */
    record Action(Effect effect, String verb) {
    }

    /**
     * An in-process action worth guarding at a call that has no library effect: a catalog {@code protected-action}
     * (scheduling a periodic task, publishing an application event, a project's {@code register*}); null when the
     * call is none.
     */
    static Action action(GuardCatalog catalog, MethodView v, int index) {
        for (GuardCatalog.Entry e : catalog.protectedActions(v.site(index).name())) {
            if (!e.types().isEmpty() && !GuardCatalog.typeMatches(e.types(), v.receiverClosure(index))) {
                continue;
            }
            if (e.projectOnly() && !projectOrUnknown(v, index)) {
                continue;
            }
            String receiver = v.receiverType(index);
            String type = receiver == null ? v.site(index).receiver().text() : GuardCatalog.simple(receiver);
            String api = type + "." + v.site(index).name();
            Effect effect = new Effect(EffectKind.LOCAL_ACTION, api, type, false, false, e.api().library(), false,
                    "an in-process action (`" + api + "`), not a database or network write");
            return new Action(effect, e.api().verb() == null ? "do it again" : e.api().verb());
        }
        return null;
    }

    /**
     * The receiver is the project's own type: among the sources, under the project's package roots, or a simple name
     * no import explains (same package). An untyped receiver (a library builder's result) is not.
     */
    static boolean projectOrUnknown(MethodView v, int index) {
        String receiver = v.receiverType(index);
        if (receiver == null) {
            return false;
        }
        if (receiver.indexOf('.') < 0) {
            return true;
        }
        return v.program.isProjectType(receiver);
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
