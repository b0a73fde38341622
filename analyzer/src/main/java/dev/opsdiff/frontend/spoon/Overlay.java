package dev.opsdiff.frontend.spoon;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays Spoon's type facts over the JavaParser model of the same file. The structure (types, methods, calls, loops,
 * guards, locations) stays the JavaParser front end's, so both front ends produce the same records; only type facts
 * change, and only where Spoon resolved the type:
 * <ul>
 *   <li>a receiver the declarations leave untyped ({@code var}, a lambda parameter, a chained call's result, an
 *       inherited field) gets Spoon's type;</li>
 *   <li>a receiver type written as a simple name gets its qualified name when Spoon agrees on the simple name (a
 *       type imported on demand from a jar);</li>
 *   <li>a type's supertypes gain those declared only in jars, transitively (written ones are kept as written);</li>
 *   <li>a call gets the overload the compiler chose ({@link CallSite#calleeSignature()}) when it is declared in
 *       the modelled sources.</li>
 * </ul>
 */
final class Overlay {
    private Overlay() {
    }

    static FileModel apply(FileModel model, FileFacts facts) {
        List<TypeModel> types = new ArrayList<>();
        for (TypeModel t : model.types()) {
            types.add(type(t, facts));
        }
        return new FileModel(model.path(), model.contentHash(), model.packageName(), model.imports(),
                List.copyOf(types), model.ignoredLines());
    }

    private static TypeModel type(TypeModel t, FileFacts facts) {
        List<String> supertypes = t.supertypes();
        List<String> library = facts.libraryAncestors().get(t.qualifiedName());
        if (library != null) {
            Set<String> all = new LinkedHashSet<>(t.supertypes());
            all.addAll(library);
            supertypes = List.copyOf(all);
        }
        List<MethodModel> methods = new ArrayList<>();
        for (MethodModel m : t.methods()) {
            methods.add(method(m, facts));
        }
        return new TypeModel(t.qualifiedName(), t.simpleName(), t.kind(), t.path(), t.packageName(), t.outerType(),
                supertypes, t.annotations(), t.fields(), List.copyOf(methods), t.location());
    }

    private static MethodModel method(MethodModel m, FileFacts facts) {
        boolean changed = false;
        List<CallSite> calls = new ArrayList<>(m.calls().size());
        for (CallSite c : m.calls()) {
            FileFacts.CallFact fact = facts.calls().get(
                    FileFacts.callKey(c.location().endLine(), c.location().endColumn(), c.name()));
            Receiver r = fact == null ? c.receiver() : receiver(c.receiver(), fact);
            String callee = fact == null ? null : fact.calleeSignature();
            if (r != c.receiver() || callee != null) {
                changed = true;
                calls.add(new CallSite(c.index(), c.name(), c.argCount(), r, c.loop(), c.conditional(),
                        c.conditionNames(), c.callbackOf(), c.assignedTo(), c.stringArgs(), c.args(), c.guards(),
                        c.catches(), c.text(), c.location(), callee));
            } else {
                calls.add(c);
            }
        }
        if (!changed) {
            return m;
        }
        return new MethodModel(m.declaringType(), m.name(), m.parameters(), m.returnType(), m.annotations(),
                m.modifiers(), m.hasBody(), m.location(), List.copyOf(calls), m.loops(), m.guards(), m.bodyTokens(),
                m.suppressions());
    }

    /** The receiver with Spoon's type where it adds or qualifies one; the same object when nothing changes. */
    static Receiver receiver(Receiver r, FileFacts.CallFact fact) {
        String type = fact.receiverType();
        if (type == null) {
            return r;
        }
        return switch (r.kind()) {
            case THIS, SUPER -> r;
            case CALL_RESULT -> new Receiver(r.kind(), type, r.chainedCall(), r.text());
            case UNKNOWN -> fact.receiverIsName() ? new Receiver(Receiver.Kind.VARIABLE, type, -1, r.text()) : r;
            case VARIABLE, TYPE, NEW -> {
                String written = r.typeName();
                if (written == null || written.isBlank()) {
                    yield new Receiver(r.kind(), type, r.chainedCall(), r.text());
                }
                boolean sameType = !written.contains(".") && simple(type).equals(written);
                yield sameType ? new Receiver(r.kind(), type, r.chainedCall(), r.text()) : r;
            }
        };
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
