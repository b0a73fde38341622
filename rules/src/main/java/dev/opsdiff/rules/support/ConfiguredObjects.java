package dev.opsdiff.rules.support;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.Receiver;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a timeout that was set on a configuration object is now missing: the object was built, configured and handed
 * to a client ({@code f = new RequestFactory(..); f.setReadTimeout(..); rest.setRequestFactory(f)}, or
 * {@code cfg = RequestConfig.custom().setSocketTimeout(..).build(); post.setConfig(cfg)}). When AFTER builds the
 * object without the setting, the finding belongs at the AFTER construction of the same type, else at the call that
 * still receives such an object, else at the remaining use of the object it was attached to
 * ({@code httpClient.execute(post)}).
 */
public final class ConfiguredObjects {
    /** How far to follow "handed to" links: object → consumer's receiver → its consumer. */
    private static final int MAX_HOPS = 2;

    private ConfiguredObjects() {
    }

    /**
     * @param before    the BEFORE method's calls
     * @param after     the AFTER method's calls
     * @param setter    the BEFORE call that set the timeout
     * @param chainRoot the first call of the setter's builder chain, or -1
     */
    public static Optional<Location> anchor(List<CallSite> before, List<CallSite> after, CallSite setter,
                                            int chainRoot) {
        String object = configured(before, setter, chainRoot);
        Set<Integer> chain = chainOf(before, chainRoot < 0 ? setter.index() : chainRoot);
        return follow(before, after, object, chain, MAX_HOPS, new HashSet<>());
    }

    /** The variable the setting went into: the setter's receiver, or the variable its builder chain ends in. */
    private static String configured(List<CallSite> before, CallSite setter, int chainRoot) {
        if (setter.receiver().kind() == Receiver.Kind.VARIABLE) {
            return setter.receiver().text();
        }
        if (chainRoot < 0) {
            return null;
        }
        Set<Integer> chain = chainOf(before, chainRoot);
        return before.stream().filter(c -> chain.contains(c.index()) && c.assignedTo() != null)
                .map(CallSite::assignedTo).findFirst().orElse(null);
    }

    /** The calls chained on {@code root}'s result, transitively ({@code custom().setX().build()}). */
    private static Set<Integer> chainOf(List<CallSite> calls, int root) {
        Set<Integer> out = new HashSet<>();
        out.add(root);
        for (CallSite c : calls) {
            Receiver r = c.receiver();
            if (r.kind() == Receiver.Kind.CALL_RESULT && out.contains(r.chainedCall())) {
                out.add(c.index());
            }
        }
        return out;
    }

    private static Optional<Location> follow(List<CallSite> before, List<CallSite> after, String object,
                                             Set<Integer> chain, int hops, Set<String> seen) {
        if (object != null && !seen.add(object)) {
            return Optional.empty();
        }
        if (object != null) {
            // 1. AFTER builds an object of the same type (now without the setting).
            Optional<String> type = before.stream()
                    .filter(c -> c.name().equals(CallSite.CONSTRUCTOR) && object.equals(c.assignedTo()))
                    .map(c -> c.receiver().typeName()).findFirst();
            if (type.isPresent()) {
                Optional<CallSite> built = after.stream().filter(c -> c.name().equals(CallSite.CONSTRUCTOR)
                        && type.get().equals(c.receiver().typeName())).findFirst();
                if (built.isPresent()) {
                    return Optional.of(built.get().location());
                }
            }
        }
        // 2. The calls the object (or the chain's value) was handed to.
        for (CallSite consumer : before) {
            if (!takes(consumer, object, chain)) {
                continue;
            }
            Optional<CallSite> same = after.stream().filter(c -> c.name().equals(consumer.name())
                    && c.receiver().text().equals(consumer.receiver().text())).findFirst();
            if (same.isPresent()) {
                // Handed an injected object (a field or parameter) instead: it is configured elsewhere.
                return builtHere(same.get(), after) ? Optional.of(same.get().location()) : Optional.empty();
            }
            if (hops > 0 && consumer.receiver().kind() == Receiver.Kind.VARIABLE) {
                String holder = consumer.receiver().text();
                // Where the holder is handed on (httpClient.execute(post)) before where it is only configured.
                Optional<CallSite> use = after.stream()
                        .filter(c -> c.args().stream().anyMatch(a -> holder.equals(a.text()))).findFirst()
                        .or(() -> after.stream().filter(c -> holder.equals(c.receiver().text())).findFirst());
                if (use.isPresent()) {
                    return Optional.of(use.get().location());
                }
                Optional<Location> further = follow(before, after, holder, Set.of(), hops - 1, seen);
                if (further.isPresent()) {
                    return further;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the consumer gets an object made in this method: {@code new T(..)}, a call, or a local filled by one. */
    private static boolean builtHere(CallSite consumer, List<CallSite> after) {
        for (Expr a : consumer.args()) {
            if (a instanceof Expr.New || a instanceof Expr.Call) {
                return true;
            }
            if (a instanceof Expr.Name n && after.stream().anyMatch(c -> n.name().equals(c.assignedTo()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean takes(CallSite consumer, String object, Set<Integer> chain) {
        for (Expr a : consumer.args()) {
            if (object != null && object.equals(a.text())) {
                return true;
            }
            if (a instanceof Expr.Call call && chain.contains(call.callIndex()) && !chain.contains(consumer.index())) {
                return true;
            }
        }
        return false;
    }
}
