package dev.opsdiff.frontend;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.Statement;
import dev.opsdiff.model.Field;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Daemon tick loops: a loop whose condition only tests whether its worker should keep running runs once per tick of
 * a background thread, not once per element of data, so the work in it is not fan-out.
 */
final class TickLoops {
    /** Lifecycle flags of daemon loops: {@code while (running)}, {@code while (!isStopped())}, {@code while (!Thread.interrupted())}. */
    private static final Pattern LIFECYCLE = Pattern.compile(
            "(?i).*(running|stop|shutdown|closed|closing|interrupted|alive|started|terminated).*");

    /** Calls that set an atomic flag. */
    private static final java.util.Set<String> SETTERS = java.util.Set.of("set", "compareAndSet", "getAndSet", "lazySet");

    private final TypeScope type;

    TickLoops(TypeScope type) {
        this.type = type;
    }

    /** A loop whose condition only tests a lifecycle flag or a stop flag of the type. */
    boolean isTickLoop(Expression condition, Statement body) {
        return isLifecycleTest(condition) || isStopFlag(condition, body);
    }

    /**
     * {@code while (flag)}, {@code while (!closed)}, {@code while (active.get())}: a boolean field of the type that the
     * loop itself never sets — another method (stop, close) flips it, so the loop runs until then, once per tick.
     */
    private boolean isStopFlag(Expression condition, Statement body) {
        Expression c = withoutNegation(condition);
        boolean atomic = false;
        if (c instanceof MethodCallExpr m && m.getNameAsString().equals("get") && m.getArguments().isEmpty()
                && m.getScope().isPresent()) {
            c = m.getScope().get();
            atomic = true;
        }
        String name = c instanceof NameExpr n ? n.getNameAsString()
                : c instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
        if (name == null || declaresLocal(condition, name)) {
            return false;
        }
        Optional<Field> field = type.field(name);
        if (field.isEmpty() || field.get().typeName() == null) {
            return false;
        }
        String t = field.get().typeName();
        boolean flag = atomic ? t.equals("AtomicBoolean") || t.endsWith(".AtomicBoolean")
                : t.equals("boolean") || t.equals("Boolean") || t.equals("java.lang.Boolean");
        return flag && !setsInBody(body, name);
    }

    /** A parameter or local of the enclosing method with that name hides the field. */
    private static boolean declaresLocal(Expression condition, String name) {
        return condition.findAncestor(CallableDeclaration.class)
                .map(m -> m.findAll(VariableDeclarator.class).stream()
                        .anyMatch(v -> v.getNameAsString().equals(name))
                        || ((CallableDeclaration<?>) m).getParameters().stream()
                        .anyMatch(p -> p.getNameAsString().equals(name)))
                .orElse(false);
    }

    private static boolean setsInBody(Statement body, String name) {
        boolean assigned = body.findAll(AssignExpr.class).stream().anyMatch(a -> names(a.getTarget(), name));
        boolean set = body.findAll(MethodCallExpr.class).stream()
                .anyMatch(m -> SETTERS.contains(m.getNameAsString())
                        && m.getScope().filter(sc -> names(sc, name)).isPresent());
        return assigned || set;
    }

    /** {@code flag} or {@code this.flag}. */
    private static boolean names(Expression e, String field) {
        return BodyWalker.simpleText(e).replaceFirst("^this\\.", "").equals(field);
    }

    /** The condition without parentheses and logical negations around it. */
    private static Expression withoutNegation(Expression condition) {
        Expression c = condition;
        while (c.isEnclosedExpr() || c instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            c = c.isEnclosedExpr() ? c.asEnclosedExpr().getInner() : ((UnaryExpr) c).getExpression();
        }
        return c;
    }

    private static boolean isLifecycleTest(Expression condition) {
        Expression c = withoutNegation(condition);
        String name;
        if (c instanceof NameExpr n) {
            name = n.getNameAsString();
        } else if (c instanceof FieldAccessExpr f) {
            name = f.getNameAsString();
        } else if (c instanceof MethodCallExpr m && m.getArguments().isEmpty()) {
            // isStopped(), running.get(), Thread.currentThread().isInterrupted()
            name = m.getNameAsString().equals("get") && m.getScope().isPresent()
                    ? BodyWalker.simpleText(m.getScope().get()) : m.getNameAsString();
        } else {
            return false;
        }
        return LIFECYCLE.matcher(name).matches();
    }
}
