package dev.opsdiff.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a retry loop's attempt bound can end it: the counter the header compares ({@code retryTimes < RETRY_TIMES})
 * must be advanced somewhere in the loop. Only locals of the enclosing method or lambda are judged; a field may be
 * advanced by a helper the loop calls, so it always counts as advanced.
 */
final class AttemptCounters {
    private static final Pattern RETRY_NAME = Pattern.compile("(?i).*(retr(y|ies)|attempt|tries).*");

    private AttemptCounters() {
    }

    static boolean headerCounterNeverAdvanced(Node loop) {
        Optional<Expression> header = header(loop);
        if (header.isEmpty()) {
            return false;
        }
        List<String> counters = new ArrayList<>();
        for (BinaryExpr b : header.get().findAll(BinaryExpr.class)) {
            boolean upper = b.getOperator() == BinaryExpr.Operator.LESS
                    || b.getOperator() == BinaryExpr.Operator.LESS_EQUALS;
            if (upper && b.getLeft() instanceof NameExpr n && RETRY_NAME.matcher(n.getNameAsString()).matches()) {
                counters.add(n.getNameAsString());
            }
        }
        return !counters.isEmpty() && counters.stream().allMatch(c -> declaredLocally(loop, c) && !written(loop, c));
    }

    private static Optional<Expression> header(Node loop) {
        if (loop instanceof WhileStmt w) {
            return Optional.of(w.getCondition());
        }
        if (loop instanceof DoStmt d) {
            return Optional.of(d.getCondition());
        }
        if (loop instanceof ForStmt f) {
            return f.getCompare();
        }
        return Optional.empty();
    }

    /** {@code n++}, {@code ++n}, {@code n += 1}, {@code n = n + 1} anywhere in the loop (the for-update included). */
    private static boolean written(Node loop, String name) {
        for (UnaryExpr u : loop.findAll(UnaryExpr.class)) {
            boolean step = u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT;
            if (step && u.getExpression() instanceof NameExpr n && n.getNameAsString().equals(name)) {
                return true;
            }
        }
        for (AssignExpr a : loop.findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A local declared in the method or lambda the loop is written in (not a field, not a parameter). */
    private static boolean declaredLocally(Node loop, String name) {
        Node scope = loop.getParentNode().orElse(null);
        while (scope != null && !(scope instanceof CallableDeclaration<?>) && !(scope instanceof LambdaExpr)) {
            scope = scope.getParentNode().orElse(null);
        }
        return scope != null && scope.findAll(VariableDeclarator.class).stream()
                .anyMatch(v -> v.getNameAsString().equals(name));
    }
}
