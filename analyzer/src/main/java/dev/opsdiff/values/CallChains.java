package dev.opsdiff.values;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.List;
import java.util.Set;

/**
 * Builder and fluent chains ({@code new OkHttpClient.Builder().readTimeout(..)}, {@code webClient.get()...retry(3)}):
 * the types along a call's receiver chain, so catalog entries can match setters whose intermediate return types are
 * not in the catalog.
 */
public final class CallChains {
    private CallChains() {
    }

    /**
     * Adds the supertype closures of the types along the receiver chain of call {@code index} (results of chained
     * calls when known, and the chain's root receiver) to {@code out}; returns the index of the chain's first call.
     */
    public static int types(ResolvedProgram program, List<ResolvedCall> calls, int index, TypeModel owner,
                            Set<String> out) {
        int i = index;
        while (true) {
            CallSite s = calls.get(i).site();
            Receiver r = s.receiver();
            if (r.kind() == Receiver.Kind.CALL_RESULT && r.chainedCall() >= 0 && r.chainedCall() < i) {
                String result = r.typeName() != null ? r.typeName() : calls.get(r.chainedCall()).resultType();
                if (result != null) {
                    out.addAll(program.types().closure(result));
                }
                i = r.chainedCall();
                continue;
            }
            if (r.typeName() != null && (r.kind() == Receiver.Kind.VARIABLE || r.kind() == Receiver.Kind.TYPE
                    || r.kind() == Receiver.Kind.NEW)) {
                out.addAll(program.types().closure(program.types().resolve(r.typeName(), owner)));
            }
            return i;
        }
    }
}
