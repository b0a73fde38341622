package dev.opsdiff.resolve;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which calls of a method read a hand-written memo: a field of the method's type (a map, an atomic reference, a
 * thread local of the catalog's {@code memos}) read without loading. Worked out once per method: miss-path checks
 * ask for every call pair. One per program ({@link ResolvedProgram#isMemoRead}).
 */
final class MemoReads {
    private final ResolvedProgram program;
    private final Map<String, Set<Integer>> byMethod = new HashMap<>();

    MemoReads(ResolvedProgram program) {
        this.program = program;
    }

    synchronized boolean isMemoRead(MethodModel method, CallSite site) {
        Set<Integer> reads = byMethod.get(method.id()); // no capturing lambda: asked for every call pair
        if (reads == null) {
            Set<Integer> out = new HashSet<>();
            for (CallSite s : method.calls()) {
                if (readsMemo(method, s)) {
                    out.add(s.index());
                }
            }
            reads = Set.copyOf(out);
            byMethod.put(method.id(), reads);
        }
        return reads.contains(site.index());
    }

    private boolean readsMemo(MethodModel method, CallSite site) {
        if (!program.catalog().isMemoReadName(site.name())) {
            return false;
        }
        Receiver r = site.receiver();
        TypeModel owner = program.program().type(method.declaringType()).orElse(null);
        if (owner == null) {
            return false;
        }
        String type;
        if (r.kind() == Receiver.Kind.UNKNOWN) {
            // A field of a supertype or an enclosing type: the front end could not type the bare name.
            type = program.inheritedField(r.text(), owner);
        } else {
            String name = r.variableName();
            if (r.kind() != Receiver.Kind.VARIABLE || r.typeName() == null || owner.field(name).isEmpty()) {
                return false;
            }
            type = program.types().resolve(r.typeName(), owner);
        }
        return type != null && program.catalog().isMemoRead(program.types().closure(type), site.name());
    }
}
