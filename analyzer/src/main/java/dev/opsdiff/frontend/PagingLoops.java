package dev.opsdiff.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;

import java.util.HashSet;
import java.util.Set;

/**
 * Recognises paging loops: each round fetches a page into a variable ({@code rows = dao.next(cursor, limit)}) and the
 * loop ends when a page comes back empty or short ({@code if (rows.isEmpty()) break;}, {@code while (page.hasNext())}).
 * Such a loop runs once per page, and work per element of a page runs once per row overall: the loop is not a
 * data factor of its own (a paging loop around a loop over its page is O(n), not O(n²)).
 */
final class PagingLoops {
    /** Calls on (or taking) a page that tell whether more rows remain. */
    private static final Set<String> PAGE_TESTS = Set.of("isEmpty", "size", "hasNext", "hasContent", "isLast",
            "hasNextPage", "isFirst", "getNumberOfElements", "isNotEmpty");

    private PagingLoops() {
    }

    /**
     * Whether the loop fetches a page per round and stops on it.
     *
     * @param condition the loop condition, or null for {@code for (;;)}
     */
    static boolean isPaging(Statement body, Expression condition) {
        Set<String> fetched = fetchedInBody(body);
        if (fetched.isEmpty()) {
            return false;
        }
        if (condition != null && testsPage(condition, fetched)) {
            return true;
        }
        // A loop whose header walks something else (an iterator, a counter) is a loop over that, whatever it fetches.
        if (condition != null && !(condition.isBooleanLiteralExpr() && condition.asBooleanLiteralExpr().getValue())) {
            return false;
        }
        for (IfStmt s : body.findAll(IfStmt.class)) {
            String exit = RetryShapes.exitOf(s.getThenStmt());
            boolean leaves = "break".equals(exit) || "return".equals(exit)
                    || s.getThenStmt().findFirst(BreakStmt.class).isPresent()
                    || s.getThenStmt().findFirst(ReturnStmt.class).isPresent();
            if (leaves && testsPage(s.getCondition(), fetched)) {
                return true;
            }
        }
        return false;
    }

    /** Variables assigned a call's result in the loop body. */
    private static Set<String> fetchedInBody(Statement body) {
        Set<String> out = new HashSet<>();
        for (VariableDeclarator v : body.findAll(VariableDeclarator.class)) {
            if (v.getInitializer().filter(Expression::isMethodCallExpr).isPresent()) {
                out.add(v.getNameAsString());
            }
        }
        for (AssignExpr a : body.findAll(AssignExpr.class)) {
            if (a.getOperator() == AssignExpr.Operator.ASSIGN && a.getTarget() instanceof NameExpr n
                    && a.getValue().isMethodCallExpr()) {
                out.add(n.getNameAsString());
            }
        }
        return out;
    }

    /** {@code rows.isEmpty()}, {@code rows.size() < limit}, {@code CollectionUtils.isEmpty(rows)}, {@code page.hasNext()}. */
    private static boolean testsPage(Expression condition, Set<String> fetched) {
        for (MethodCallExpr m : condition.findAll(MethodCallExpr.class)) {
            if (!PAGE_TESTS.contains(m.getNameAsString())) {
                continue;
            }
            boolean onPage = m.getScope().filter(s -> isFetched(s, fetched)).isPresent();
            boolean takesPage = m.getArguments().size() == 1 && isFetched(m.getArgument(0), fetched);
            if (onPage || takesPage) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFetched(Node e, Set<String> fetched) {
        return e instanceof NameExpr n && fetched.contains(n.getNameAsString());
    }
}
