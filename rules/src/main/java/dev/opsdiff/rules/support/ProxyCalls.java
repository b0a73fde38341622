package dev.opsdiff.rules.support;

import dev.opsdiff.catalog.ProxyApi;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;

/** How a call meets a bean's proxy, and how a proxied annotation is named in messages. */
public final class ProxyCalls {
    private ProxyCalls() {
    }

    /** A call on the same object ({@code this.m()}, {@code super.m()} or unqualified): it does not pass the proxy. */
    public static boolean onSameObject(CallSite site) {
        Receiver.Kind k = site.receiver().kind();
        return (k == Receiver.Kind.THIS || k == Receiver.Kind.SUPER) && !site.name().equals(CallSite.CONSTRUCTOR);
    }

    /** The annotation of {@code proxy} as written on {@code m} ({@code @Transactional}), else the entry's first. */
    public static String annotationOn(MethodModel m, ProxyApi proxy) {
        for (var a : m.annotations()) {
            String simple = a.name().substring(a.name().lastIndexOf('.') + 1);
            if (proxy.annotations().stream().anyMatch(q -> q.endsWith("." + simple))) {
                return "@" + simple;
            }
        }
        String first = proxy.annotations().get(0);
        return "@" + first.substring(first.lastIndexOf('.') + 1);
    }
}
