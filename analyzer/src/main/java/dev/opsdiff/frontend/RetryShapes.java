package dev.opsdiff.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Recognises hand-written retry loops (API-CATALOG §4.3, after WASABI's heuristic): a non-enhanced loop that catches
 * an exception and goes round again, sleeps between rounds, or counts attempts by name.
 */
final class RetryShapes {
    static final String CATCHES_AND_RETRIES = "catches-and-retries";
    static final String SLEEPS = "sleeps";
    static final String COUNTS_ATTEMPTS = "counts-attempts";
    /** A sleep in a catch block of the loop: it waits only after a failure, the backoff of a retry. */
    static final String SLEEPS_ON_FAILURE = "sleeps-on-failure";
    /**
     * The attempt counter the header compares ({@code retryTimes < RETRY_TIMES}) is a local that nothing in the loop
     * advances: the bound never ends the loop.
     */
    static final String COUNTER_NOT_ADVANCED = "counter-not-advanced";
    private static final Pattern RETRY_NAME = Pattern.compile("(?i).*(retr(y|ies)|attempt).*");

    private RetryShapes() {
    }

    static Set<String> of(Node loop) {
        Set<String> shape = new TreeSet<>();
        for (CatchClause c : loop.findAll(CatchClause.class)) {
            String type = c.getParameter().getType().asString();
            if (!type.endsWith("InterruptedException") && exitOf(c.getBody()) == null
                    || exitOf(c.getBody()) != null && exitOf(c.getBody()).equals("continue")) {
                shape.add(CATCHES_AND_RETRIES);
            }
        }
        for (MethodCallExpr m : loop.findAll(MethodCallExpr.class)) {
            if (m.getNameAsString().equals("sleep") || m.getNameAsString().equals("parkNanos")) {
                shape.add(SLEEPS);
                CatchClause handler = m.findAncestor(CatchClause.class).orElse(null);
                if (handler != null && handler.findAncestor(Node.class, a -> a == loop).isPresent()
                        && !handler.getParameter().getType().asString().endsWith("InterruptedException")) {
                    shape.add(SLEEPS_ON_FAILURE);
                }
            }
        }
        boolean named = loop.findAll(SimpleName.class).stream().anyMatch(n -> RETRY_NAME.matcher(n.asString()).matches())
                || loop.findAll(NameExpr.class).stream().anyMatch(n -> RETRY_NAME.matcher(n.getNameAsString()).matches());
        if (named) {
            shape.add(COUNTS_ATTEMPTS);
            if (AttemptCounters.headerCounterNeverAdvanced(loop)) {
                shape.add(COUNTER_NOT_ADVANCED);
            }
        }
        // A loop is a retry only with a catch or a sleep; a name alone is too weak.
        if (!shape.contains(CATCHES_AND_RETRIES) && !shape.contains(SLEEPS)) {
            return Set.of();
        }
        return Set.copyOf(shape);
    }

    /** How a statement always leaves: return, throw, continue, break; null when it may fall through. */
    static String exitOf(Statement s) {
        Statement last = s;
        while (last instanceof BlockStmt b) {
            if (b.getStatements().isEmpty()) {
                return null;
            }
            last = b.getStatements().getLast().orElseThrow();
        }
        if (last instanceof ReturnStmt) {
            return "return";
        }
        if (last instanceof ThrowStmt) {
            return "throw";
        }
        if (last instanceof ContinueStmt) {
            return "continue";
        }
        if (last instanceof BreakStmt) {
            return "break";
        }
        if (last instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr m
                && alwaysThrows(m)) {
            return "throw";
        }
        return null;
    }

    /** Names of helpers that exist to throw: {@code fail(..)}, {@code throwNotFound(..)}, {@code raiseConflict(..)}. */
    private static final Pattern THROWING_HELPER = Pattern.compile("fail|(throw|raise)[A-Z]\\w*");

    /**
     * A call that never returns normally: a helper named to throw ({@code Assertions.fail}, {@code throwDuplicate}),
     * or a method of the enclosing type (called unqualified or on {@code this}) whose every declaration ends in a
     * {@code throw}: {@code if (exists) { alreadyExists(id); }} leaves as surely as a {@code throw} would.
     */
    private static boolean alwaysThrows(MethodCallExpr m) {
        if (THROWING_HELPER.matcher(m.getNameAsString()).matches()) {
            return true;
        }
        if (m.getScope().isPresent() && !m.getScope().get().isThisExpr()) {
            return false;
        }
        TypeDeclaration<?> owner = m.findAncestor(TypeDeclaration.class).orElse(null);
        if (owner == null) {
            return false;
        }
        List<MethodDeclaration> declared = owner.getMethodsByName(m.getNameAsString());
        return !declared.isEmpty() && declared.stream().allMatch(d -> d.getParameters().size() == m.getArguments().size()
                && d.getBody().flatMap(b -> b.getStatements().getLast()).filter(ThrowStmt.class::isInstance)
                .isPresent());
    }
}
