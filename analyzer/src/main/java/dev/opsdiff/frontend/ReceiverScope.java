package dev.opsdiff.frontend;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Receiver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local variables in scope while a body is walked, and the receiver a call's scope expression denotes: a local,
 * a parameter, a field, a type, the result of an earlier call or a new object.
 */
final class ReceiverScope {
    /** A local variable: its declared type as written, or the call that initialized a {@code var}. */
    private record Local(String typeName, int initializerCall) {
    }

    private final TypeScope type;
    private final Map<MethodCallExpr, Integer> callIndex;
    private final Deque<Map<String, Local>> scopes = new ArrayDeque<>();

    ReceiverScope(TypeScope type, List<dev.opsdiff.model.Parameter> params, Map<MethodCallExpr, Integer> callIndex) {
        this.type = type;
        this.callIndex = callIndex;
        Map<String, Local> paramScope = new HashMap<>();
        params.forEach(p -> paramScope.put(p.name(), new Local(p.typeName(), -1)));
        scopes.push(paramScope);
    }

    /** Declares a local in the innermost scope; {@code initializerCall} types a {@code var} by the call's result. */
    void declare(String name, String typeName, int initializerCall) {
        scopes.peek().put(name, new Local(typeName, initializerCall));
    }

    Receiver receiverOf(Expression scope) {
        if (scope == null || scope instanceof ThisExpr) {
            return Receiver.self();
        }
        if (scope instanceof SuperExpr) {
            return new Receiver(Receiver.Kind.SUPER, null, -1, "super");
        }
        if (scope instanceof MethodCallExpr m && callIndex.containsKey(m)) {
            return new Receiver(Receiver.Kind.CALL_RESULT, null, callIndex.get(m), BodyWalker.text(m));
        }
        if (scope instanceof NameExpr n) {
            return variableOrType(n.getNameAsString());
        }
        if (scope instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                return type.field(f.getNameAsString())
                        .map(fd -> new Receiver(Receiver.Kind.VARIABLE, fd.typeName(), -1, f.toString()))
                        .orElse(Receiver.unknown(f.toString()));
            }
            if (looksLikeQualifiedName(f)) {
                return new Receiver(Receiver.Kind.TYPE, f.toString(), -1, f.toString());
            }
        }
        if (scope instanceof ObjectCreationExpr o) {
            return new Receiver(Receiver.Kind.NEW, o.getType().getNameWithScope(), -1, BodyWalker.text(o));
        }
        if (scope instanceof TypeExpr t) {
            return new Receiver(Receiver.Kind.TYPE, TypeBuilder.typeName(t.getType()), -1, t.toString());
        }
        return Receiver.unknown(BodyWalker.text(scope));
    }

    Receiver receiverOfReference(Expression scope) {
        // JavaParser cannot tell `repo::find` from `Type::find`: a name that is a variable in scope is a variable.
        if (scope instanceof TypeExpr t && t.getType().isClassOrInterfaceType()
                && t.getType().asClassOrInterfaceType().getScope().isEmpty()) {
            Receiver named = variableOrType(t.getType().asClassOrInterfaceType().getNameAsString());
            if (named.kind() != Receiver.Kind.TYPE && named.kind() != Receiver.Kind.UNKNOWN) {
                return named;
            }
        }
        if (scope instanceof TypeExpr t) {
            return new Receiver(Receiver.Kind.TYPE, TypeBuilder.typeName(t.getType()), -1, t.toString());
        }
        return receiverOf(scope);
    }

    Receiver variableOrType(String name) {
        for (Map<String, Local> scope : scopes) {
            Local local = scope.get(name);
            if (local != null) {
                if (local.typeName() == null && local.initializerCall() >= 0) {
                    return new Receiver(Receiver.Kind.CALL_RESULT, null, local.initializerCall(), name);
                }
                return new Receiver(Receiver.Kind.VARIABLE, local.typeName(), -1, name);
            }
        }
        Optional<Field> field = type.field(name);
        if (field.isPresent()) {
            return new Receiver(Receiver.Kind.VARIABLE, field.get().typeName(), -1, name);
        }
        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
            return new Receiver(Receiver.Kind.TYPE, name, -1, name);
        }
        return Receiver.unknown(name);
    }

    private static boolean looksLikeQualifiedName(FieldAccessExpr f) {
        Expression s = f;
        while (s instanceof FieldAccessExpr fa) {
            s = fa.getScope();
        }
        return s instanceof NameExpr n && Character.isLowerCase(n.getNameAsString().charAt(0))
                && Character.isUpperCase(f.getNameAsString().charAt(0));
    }

    void declare(Parameter p) {
        scopes.peek().put(p.getNameAsString(), new Local(TypeBuilder.typeName(p.getType()), -1));
    }

    void declare(VariableDeclarationExpr v) {
        v.getVariables().forEach(d -> scopes.peek().put(d.getNameAsString(),
                new Local(TypeBuilder.typeName(d.getType()), -1)));
    }

    void scoped(Runnable body) {
        scopes.push(new HashMap<>());
        try {
            body.run();
        } finally {
            scopes.pop();
        }
    }

    // ---- iteration ------------------------------------------------------------------------------------------
}
