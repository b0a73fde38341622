package dev.opsdiff.frontend;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Receiver;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads loop shapes from syntax: whether a call with a callback iterates many elements, what a loop iterates and
 * a constant bound when it has one (literal collections, ranges, counted {@code for} and counter {@code while} loops).
 */
final class LoopShapes {
    private final TypeScope type;
    private final Catalog.Vocabulary vocabulary;
    private final ReceiverScope receivers;
    private final TickLoops ticks;
    private static final java.util.regex.Pattern SIZE_NAME = java.util.regex.Pattern.compile(
            "(?i).*(size|batch|chunk|limit|page).*");

    LoopShapes(TypeScope type, Catalog.Vocabulary vocabulary, ReceiverScope receivers) {
        this.type = type;
        this.ticks = new TickLoops(type);
        this.vocabulary = vocabulary;
        this.receivers = receivers;
    }

    boolean isIteration(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (!vocabulary.iterationMethods().contains(name)) {
            return false;
        }
        boolean hasCallback = call.getArguments().stream()
                .anyMatch(a -> a instanceof LambdaExpr || a instanceof MethodReferenceExpr);
        if (!hasCallback) {
            return false;
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return false;
        }
        Boolean chain = multiValued(scope.get());
        if (chain != null) {
            return chain;
        }
        return vocabulary.alwaysIterate().contains(name);
    }

    /**
     * Walks a receiver chain: true when it starts a stream or is typed as a collection, false when it is a
     * single-valued type, null when unknown.
     */
    private Boolean multiValued(Expression e) {
        Expression current = e;
        while (true) {
            if (current instanceof MethodCallExpr m) {
                String name = m.getNameAsString();
                String qualified = m.getScope().map(s -> BodyWalker.simpleText(s) + "." + name).orElse(name);
                if (vocabulary.streamSources().contains(name) || vocabulary.streamSources().contains(qualified)) {
                    return true;
                }
                if (m.getScope().isEmpty()) {
                    return null;
                }
                current = m.getScope().get();
            } else if (current instanceof NameExpr n) {
                Receiver r = receivers.variableOrType(n.getNameAsString());
                if (r.kind() == Receiver.Kind.CALL_RESULT) {
                    return null;
                }
                return typeKnowledge(r.typeName());
            } else if (current instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                return type.field(f.getNameAsString()).map(fd -> typeKnowledge(fd.typeName())).orElse(null);
            } else {
                return null;
            }
        }
    }

    private Boolean typeKnowledge(String typeName) {
        if (typeName == null) {
            return null;
        }
        if (typeName.endsWith("[]")) {
            return true;
        }
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        if (vocabulary.multiValuedTypes().contains(typeName) || vocabulary.multiValuedTypes().contains(simple)) {
            return true;
        }
        if (vocabulary.singleValuedTypes().contains(typeName) || vocabulary.singleValuedTypes().contains(simple)) {
            return false;
        }
        return null;
    }

    /** What an iteration call iterates: the collection before {@code .stream()}, or the receiver. */
    String iterationSource(MethodCallExpr call) {
        Expression current = call.getScope().orElse(null);
        while (current instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (vocabulary.streamSources().contains(name) && m.getScope().isPresent()
                    && m.getArguments().isEmpty()) {
                return BodyWalker.text(m.getScope().get());
            }
            if (m.getScope().isEmpty() || !(vocabulary.iterationMethods().contains(name)
                    || name.equals("distinct") || name.equals("limit") || name.equals("skip")
                    || name.equals("boxed") || name.equals("parallel") || name.equals("sequential"))) {
                return BodyWalker.text(m);
            }
            current = m.getScope().get();
        }
        return current == null ? "?" : BodyWalker.text(current);
    }

    /** Constant element count of {@code IntStream.range(0, 3)...} or {@code List.of(a, b).forEach(...)}. */
    Integer iterationBound(MethodCallExpr call) {
        Expression current = call.getScope().orElse(null);
        while (current instanceof MethodCallExpr m) {
            String qualified = m.getScope().map(s -> BodyWalker.simpleText(s) + "." + m.getNameAsString())
                    .orElse(m.getNameAsString());
            if (vocabulary.rangeSources().contains(qualified) && m.getArguments().size() == 2) {
                Integer from = intValue(m.getArgument(0));
                Integer to = intValue(m.getArgument(1));
                if (from != null && to != null) {
                    return to - from + (qualified.endsWith("Closed") ? 1 : 0);
                }
                return null;
            }
            Integer size = constantSize(m);
            if (size != null) {
                return size;
            }
            Integer chunks = chunkBound(m);
            if (chunks != null) {
                return chunks;
            }
            current = m.getScope().orElse(null);
        }
        return null;
    }

    /**
     * A loop over chunks: {@code Lists.partition(ids, 100)}, {@code CollectionTool.split(list, BATCH_SIZE)} — a call of
     * the catalog's chunk methods on a collection and a size. Once per chunk: 1, the bound of a batching loop.
     */
    Integer chunkBound(Expression iterable) {
        if (iterable instanceof NameExpr n) {
            // List<List<Job>> batches = Lists.partition(jobs, 100); for (List<Job> batch : batches)
            return iterable.findAncestor(com.github.javaparser.ast.body.CallableDeclaration.class)
                    .flatMap(m -> m.findAll(com.github.javaparser.ast.body.VariableDeclarator.class).stream()
                            .filter(v -> v.getNameAsString().equals(n.getNameAsString())).findFirst())
                    .flatMap(v -> v.getInitializer())
                    .filter(init -> !(init instanceof NameExpr))
                    .map(this::chunkBound).orElse(null);
        }
        if (iterable instanceof MethodCallExpr m && vocabulary.chunkMethods().contains(m.getNameAsString())
                && m.getArguments().size() == 2 && !m.getArgument(0).isStringLiteralExpr()
                && isSize(m.getArgument(1))) {
            return 1;
        }
        return null;
    }

    /** A literal or constant int, or a variable named like a size ({@code BATCH_SIZE}, {@code pageSize}). */
    private boolean isSize(Expression e) {
        if (intValue(e) != null) {
            return true;
        }
        if (!(e instanceof NameExpr n)) {
            return false;
        }
        String name = n.getNameAsString();
        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) || SIZE_NAME.matcher(name).matches();
    }

    /** Element count of a literal collection: {@code List.of(a, b)}, {@code Arrays.asList(...)}, {@code Stream.of(...)}. */
    Integer constantSize(Expression e) {
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            String q = BodyWalker.simpleText(m.getScope().get()) + "." + m.getNameAsString();
            if (Set.of("List.of", "Set.of", "Arrays.asList", "Stream.of", "EnumSet.of", "Flux.just").contains(q)) {
                return m.getArguments().size();
            }
        }
        if (e.isArrayCreationExpr() && e.asArrayCreationExpr().getInitializer().isPresent()) {
            return e.asArrayCreationExpr().getInitializer().get().getValues().size();
        }
        return null;
    }

    /**
     * What a counted loop runs over: the far end of its comparison, or for a countdown
     * ({@code for (int i = items.size() - 1; i >= 0; i--)}) the start, since the end is then a literal.
     */
    String forIterates(ForStmt s) {
        Optional<Expression> compare = s.getCompare();
        if (compare.isPresent() && compare.get() instanceof BinaryExpr b) {
            Expression bound = b.getRight();
            if (intValue(bound) != null && s.getInitialization().size() == 1
                    && s.getInitialization().get(0) instanceof VariableDeclarationExpr v && v.getVariables().size() == 1
                    && v.getVariable(0).getInitializer().filter(i -> intValue(i) == null).isPresent()) {
                bound = v.getVariable(0).getInitializer().get();
                if (bound instanceof BinaryExpr minus && minus.getOperator() == BinaryExpr.Operator.MINUS
                        && intValue(minus.getRight()) != null) {
                    bound = minus.getLeft();
                }
            }
            if (bound instanceof MethodCallExpr m && m.getNameAsString().equals("size") && m.getScope().isPresent()) {
                return BodyWalker.text(m.getScope().get());
            }
            if (bound instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) {
                return BodyWalker.text(f.getScope());
            }
            return BodyWalker.text(bound);
        }
        return compare.map(BodyWalker::text).orElse("for (;;)");
    }

    /** {@code for (int i = 0; i < N; i++)} with a constant N: the bound; otherwise null. */
    Integer forBound(ForStmt s) {
        if (s.getCompare().isEmpty()) {
            return PagingLoops.isPaging(s.getBody(), null) ? 1 : null;
        }
        if (!(s.getCompare().get() instanceof BinaryExpr b)) {
            return null;
        }
        Integer start = 0;
        if (s.getInitialization().size() == 1 && s.getInitialization().get(0) instanceof VariableDeclarationExpr v
                && v.getVariables().size() == 1 && v.getVariable(0).getInitializer().isPresent()) {
            start = intValue(v.getVariable(0).getInitializer().get());
        }
        Integer end = intValue(b.getRight());
        if (start == null || end == null) {
            return null;
        }
        return switch (b.getOperator()) {
            case LESS -> Math.max(0, end - start);
            case LESS_EQUALS -> Math.max(0, end - start + 1);
            default -> null;
        };
    }

    /** An int literal or a {@code static final int} constant of the enclosing types with a literal value. */
    private Integer intValue(Expression e) {
        if (e instanceof IntegerLiteralExpr i) {
            try {
                return Integer.decode(i.getValue().replace("_", ""));
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            Integer v = intValue(u.getExpression());
            return v == null ? null : -v;
        }
        if (e instanceof NameExpr n) {
            Optional<Field> f = type.field(n.getNameAsString());
            if (f.isPresent() && f.get().isStatic() && f.get().isFinal() && f.get().initializer() != null
                    && f.get().initializer().matches("-?\\d[\\d_]*")) {
                return Integer.valueOf(f.get().initializer().replace("_", ""));
            }
        }
        return null;
    }

    /**
     * The bound of a {@code while}/{@code do} loop: a counter's constant, 1 for a paging loop ({@link PagingLoops}),
     * or 1 for a daemon's tick loop. A loop whose condition only tests a lifecycle flag runs once per tick of a
     * background worker, not once per element of data, so work in it is not fan-out, even when it sleeps or swallows
     * an exception between ticks (an event loop that backs off while its workers are busy). Only a loop that counts
     * attempts keeps the retry reading.
     */
    Integer whileBound(Expression condition, com.github.javaparser.ast.stmt.Statement body, Set<String> retryShape) {
        Integer counter = counterBound(condition);
        if (counter != null || retryShape.contains(RetryShapes.COUNTS_ATTEMPTS)) {
            return counter;
        }
        return ticks.isTickLoop(condition, body) || PagingLoops.isPaging(body, condition) ? 1 : null;
    }

    /**
     * {@code while (attempt < 3)}, {@code while (!done && tries++ <= MAX)}: a counter compared with a constant bounds
     * the loop (the retry-loop shape); the counter is assumed to start at 0 and count up.
     */
    Integer counterBound(Expression condition) {
        Expression c = condition;
        while (c.isEnclosedExpr()) {
            c = c.asEnclosedExpr().getInner();
        }
        if (c instanceof BinaryExpr b) {
            if (b.getOperator() == BinaryExpr.Operator.AND) {
                Integer left = counterBound(b.getLeft());
                return left != null ? left : counterBound(b.getRight());
            }
            boolean counterLeft = isCounter(b.getLeft());
            boolean counterRight = isCounter(b.getRight());
            Integer bound = counterLeft ? intValue(b.getRight()) : counterRight ? intValue(b.getLeft()) : null;
            if (bound == null) {
                return null;
            }
            BinaryExpr.Operator op = b.getOperator();
            if (counterLeft && op == BinaryExpr.Operator.LESS || counterRight && op == BinaryExpr.Operator.GREATER) {
                return Math.max(0, bound);
            }
            if (counterLeft && op == BinaryExpr.Operator.LESS_EQUALS
                    || counterRight && op == BinaryExpr.Operator.GREATER_EQUALS) {
                return Math.max(0, bound + 1);
            }
        }
        return null;
    }

    private static boolean isCounter(Expression e) {
        if (e instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT)) {
            return u.getExpression().isNameExpr();
        }
        return e.isNameExpr() && !Character.isUpperCase(e.asNameExpr().getNameAsString().charAt(0));
    }

    static String whileIterates(Expression condition) {
        return "while (" + BodyWalker.text(condition) + ")";
    }

    // ---- text ------------------------------------------------------------------------------------------------
}
