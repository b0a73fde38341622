package dev.opsdiff.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.Receiver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one method body once and records its call sites and loops with their context: the innermost loop,
 * whether the call is conditional and on which names the condition depends, and which call a lambda belongs to.
 */
final class BodyWalker {
    private static final int MAX_TEXT = 160;

    /** Context that flows down the tree. */
    private record Ctx(int loop, boolean conditional, Set<String> conditionNames, int callbackOf,
                       List<GuardRef> guards, List<String> catches) {
        Ctx inLoop(int index) {
            return new Ctx(index, conditional, conditionNames, callbackOf, guards, catches);
        }

        Ctx branch(Set<String> names) {
            Set<String> all = new LinkedHashSet<>(conditionNames);
            all.addAll(names);
            return new Ctx(loop, true, Set.copyOf(all), callbackOf, guards, catches);
        }

        Ctx callback(int call) {
            return new Ctx(loop, conditional, conditionNames, call, guards, catches);
        }

        Ctx guarded(GuardRef ref) {
            List<GuardRef> all = new ArrayList<>(guards);
            all.add(ref);
            return new Ctx(loop, conditional, conditionNames, callbackOf, List.copyOf(all), catches);
        }

        Ctx catching(List<String> types) {
            List<String> all = new ArrayList<>(types);
            all.addAll(catches);
            return new Ctx(loop, conditional, conditionNames, callbackOf, guards, List.copyOf(all));
        }
    }

    /** A local variable: its declared type as written, or the call that initialized a {@code var}. */
    private record Local(String typeName, int initializerCall) {
    }

    private final String path;
    private final TypeScope type;
    private final Catalog.Vocabulary vocabulary;
    private final List<CallSite> calls = new ArrayList<>();
    private final List<Loop> loops = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private final Map<IfStmt, Integer> earlyExits = new IdentityHashMap<>();
    private final Deque<Map<String, Local>> scopes = new ArrayDeque<>();
    private final Map<MethodCallExpr, Integer> callIndex = new IdentityHashMap<>();
    private final ExprBuilder exprs = new ExprBuilder(m -> callIndex.getOrDefault(m, -1));

    BodyWalker(String path, TypeScope type, List<dev.opsdiff.model.Parameter> params, Catalog.Vocabulary vocabulary) {
        this.path = path;
        this.type = type;
        this.vocabulary = vocabulary;
        Map<String, Local> paramScope = new HashMap<>();
        params.forEach(p -> paramScope.put(p.name(), new Local(p.typeName(), -1)));
        scopes.push(paramScope);
    }

    List<CallSite> calls() {
        return List.copyOf(calls);
    }

    List<Loop> loops() {
        return List.copyOf(loops);
    }

    List<Guard> guards() {
        return List.copyOf(guards);
    }

    void walk(Node body) {
        visit(body, new Ctx(-1, false, Set.of(), -1, List.of(), List.of()));
    }

    private void visit(Node node, Ctx ctx) {
        if (node instanceof ForEachStmt s) {
            visit(s.getIterable(), ctx);
            int loop = addLoop(LoopKind.ENHANCED_FOR, ctx, text(s.getIterable()), constantSize(s.getIterable()), s,
                    Set.of());
            scoped(() -> {
                declare(s.getVariable());
                visit(s.getBody(), ctx.inLoop(loop));
            });
        } else if (node instanceof ForStmt s) {
            scoped(() -> {
                s.getInitialization().forEach(i -> visit(i, ctx));
                int loop = addLoop(LoopKind.INDEXED_FOR, ctx, forIterates(s), forBound(s), s, RetryShapes.of(s));
                Ctx in = ctx.inLoop(loop);
                s.getCompare().ifPresent(c -> visit(c, in));
                s.getUpdate().forEach(u -> visit(u, in));
                visit(s.getBody(), in);
            });
        } else if (node instanceof WhileStmt s) {
            int loop = addLoop(LoopKind.WHILE, ctx, whileIterates(s.getCondition()), counterBound(s.getCondition()), s,
                    RetryShapes.of(s));
            visit(s.getCondition(), ctx.inLoop(loop));
            scoped(() -> visit(s.getBody(), ctx.inLoop(loop)));
        } else if (node instanceof DoStmt s) {
            int loop = addLoop(LoopKind.DO_WHILE, ctx, whileIterates(s.getCondition()), counterBound(s.getCondition()),
                    s, RetryShapes.of(s));
            scoped(() -> visit(s.getBody(), ctx.inLoop(loop)));
            visit(s.getCondition(), ctx.inLoop(loop));
        } else if (node instanceof IfStmt s) {
            int firstCall = calls.size();
            visit(s.getCondition(), ctx);
            int guard = addGuard(s, firstCall);
            Ctx branch = ctx.branch(names(s.getCondition()));
            scoped(() -> visit(s.getThenStmt(), branch.guarded(new GuardRef(guard, true))));
            s.getElseStmt().ifPresent(e -> scoped(() -> visit(e, branch.guarded(new GuardRef(guard, false)))));
        } else if (node instanceof ConditionalExpr e) {
            visit(e.getCondition(), ctx);
            Ctx branch = ctx.branch(names(e.getCondition()));
            visit(e.getThenExpr(), branch);
            visit(e.getElseExpr(), branch);
        } else if (node instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND
                || b.getOperator() == BinaryExpr.Operator.OR)) {
            visit(b.getLeft(), ctx);
            visit(b.getRight(), ctx.branch(names(b.getLeft())));
        } else if (node instanceof SwitchStmt s) {
            visit(s.getSelector(), ctx);
            Ctx branch = ctx.branch(names(s.getSelector()));
            s.getEntries().forEach(entry -> scoped(() -> visitEntry(entry, branch)));
        } else if (node instanceof SwitchExpr s) {
            visit(s.getSelector(), ctx);
            Ctx branch = ctx.branch(names(s.getSelector()));
            s.getEntries().forEach(entry -> scoped(() -> visitEntry(entry, branch)));
        } else if (node instanceof TryStmt s) {
            List<String> caught = new ArrayList<>();
            s.getCatchClauses().forEach(c -> {
                var t = c.getParameter().getType();
                if (t.isUnionType()) {
                    t.asUnionType().getElements().forEach(u -> caught.add(TypeBuilder.typeName(u)));
                } else {
                    caught.add(TypeBuilder.typeName(t));
                }
            });
            Ctx inTry = ctx.catching(caught);
            scoped(() -> {
                s.getResources().forEach(r -> visit(r, inTry));
                visit(s.getTryBlock(), inTry);
            });
            for (CatchClause c : s.getCatchClauses()) {
                scoped(() -> {
                    declare(c.getParameter());
                    visit(c.getBody(), ctx.branch(Set.of()));
                });
            }
            s.getFinallyBlock().ifPresent(f -> scoped(() -> visit(f, ctx)));
        } else if (node instanceof BlockStmt b) {
            scoped(() -> {
                Ctx current = ctx;
                for (var st : b.getStatements()) {
                    visit(st, current);
                    Integer exit = st instanceof IfStmt i ? earlyExits.get(i) : null;
                    if (exit != null) {
                        // Everything after `if (cond) return;` in this block runs only when cond was false.
                        current = current.guarded(new GuardRef(exit, false));
                    }
                }
            });
        } else if (node instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                d.getInitializer().ifPresent(init -> visit(init, ctx));
                int init = d.getInitializer().map(this::callOf).orElse(-1);
                scopes.peek().put(d.getNameAsString(), new Local(TypeBuilder.typeName(d.getType()), init));
                markAssigned(d.getInitializer().orElse(null), d.getNameAsString());
            }
        } else if (node instanceof AssignExpr a) {
            visit(a.getValue(), ctx);
            visit(a.getTarget(), ctx);
            if (a.getTarget() instanceof NameExpr n) {
                markAssigned(a.getValue(), n.getNameAsString());
            } else if (a.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
                // `this.cache = Caffeine.newBuilder().build(loader)`: the field's loader is its miss path.
                markAssigned(a.getValue(), f.getNameAsString());
            }
        } else if (node instanceof MethodCallExpr call) {
            visitCall(call, ctx);
        } else if (node instanceof MethodReferenceExpr ref) {
            addCall(ref.getIdentifier(), -1, receiverOfReference(ref.getScope()), ctx, List.of(), ref);
        } else if (node instanceof ObjectCreationExpr create) {
            create.getScope().ifPresent(s -> visit(s, ctx));
            int index = addCall(CallSite.CONSTRUCTOR, create.getArguments().size(),
                    new Receiver(Receiver.Kind.TYPE, create.getType().getNameWithScope(), -1,
                            create.getType().getNameWithScope()), ctx, stringArgs(create.getArguments()), create);
            Ctx args = ctx.callback(index);
            create.getArguments().forEach(a -> visit(a, a instanceof LambdaExpr ? args : ctx));
            // Constructor arguments are kept as expressions too, for folding (new Request.Options(2, SECONDS, ...)).
            CallSite made = calls.get(index);
            calls.set(index, new CallSite(made.index(), made.name(), made.argCount(), made.receiver(), made.loop(),
                    made.conditional(), made.conditionNames(), made.callbackOf(), made.assignedTo(), made.stringArgs(),
                    exprs.all(create.getArguments()), made.guards(), made.catches(), made.text(), made.location()));
            // Anonymous class bodies run when the object's methods are called: modelled as callbacks of the creation.
            create.getAnonymousClassBody().ifPresent(body -> body.forEach(m -> visitMember(m, args)));
        } else if (node instanceof LambdaExpr lambda) {
            scoped(() -> {
                lambda.getParameters().forEach(this::declare);
                visit(lambda.getBody(), ctx);
            });
        } else if (node instanceof com.github.javaparser.ast.stmt.LocalClassDeclarationStmt
                || node instanceof com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt) {
            // Local classes are rare in service code; their bodies run when called, which we do not track.
            return;
        } else {
            for (Node child : node.getChildNodes()) {
                visit(child, ctx);
            }
        }
    }

    private void visitEntry(SwitchEntry entry, Ctx ctx) {
        entry.getStatements().forEach(st -> visit(st, ctx));
    }

    private void visitMember(BodyDeclaration<?> member, Ctx ctx) {
        if (member instanceof com.github.javaparser.ast.body.MethodDeclaration m) {
            m.getBody().ifPresent(b -> scoped(() -> {
                m.getParameters().forEach(this::declare);
                visit(b, ctx);
            }));
        }
    }

    private void visitCall(MethodCallExpr call, Ctx ctx) {
        call.getScope().ifPresent(s -> visit(s, ctx));
        boolean iteration = isIteration(call);
        int index = addCall(call.getNameAsString(), call.getArguments().size(), receiverOf(call.getScope().orElse(null)),
                ctx, stringArgs(call.getArguments()), call);
        callIndex.put(call, index);
        Ctx callbackCtx = ctx.callback(index);
        if (iteration) {
            int loop = addLoop(LoopKind.ITERATION_CALLBACK, ctx, iterationSource(call), iterationBound(call), call,
                    Set.of());
            callbackCtx = callbackCtx.inLoop(loop);
        }
        for (Expression arg : call.getArguments()) {
            boolean callback = arg instanceof LambdaExpr || arg instanceof MethodReferenceExpr;
            visit(arg, callback ? callbackCtx : ctx);
        }
        // Arguments are folded after visiting them, so calls nested in them carry their indices.
        CallSite c = calls.get(index);
        calls.set(index, new CallSite(c.index(), c.name(), c.argCount(), c.receiver(), c.loop(), c.conditional(),
                c.conditionNames(), c.callbackOf(), c.assignedTo(), c.stringArgs(), exprs.all(call.getArguments()),
                c.guards(), c.catches(), c.text(), c.location()));
    }

    private int addCall(String name, int argCount, Receiver receiver, Ctx ctx, List<String> stringArgs, Node node) {
        int index = calls.size();
        calls.add(new CallSite(index, name, argCount, receiver, ctx.loop(), ctx.conditional(), ctx.conditionNames(),
                ctx.callbackOf(), null, stringArgs, List.of(), ctx.guards(), ctx.catches(), text(node),
                TypeBuilder.at(path, node)));
        return index;
    }

    private int addLoop(LoopKind kind, Ctx ctx, String iterates, Integer bound, Node node, Set<String> retryShape) {
        int index = loops.size();
        loops.add(new Loop(index, ctx.loop(), kind, iterates, bound, TypeBuilder.at(path, node), retryShape));
        return index;
    }

    /** Records the guard an {@code if} forms; early exits also guard the rest of their block. */
    private int addGuard(IfStmt s, int firstConditionCall) {
        int index = guards.size();
        List<Integer> conditionCalls = new ArrayList<>();
        for (int i = firstConditionCall; i < calls.size(); i++) {
            conditionCalls.add(i);
        }
        String exit = s.getElseStmt().isEmpty() ? RetryShapes.exitOf(s.getThenStmt()) : null;
        Guard.Kind kind = exit != null ? Guard.Kind.EARLY_EXIT : Guard.Kind.WRAPS;
        guards.add(new Guard(index, kind, exprs.of(s.getCondition()), List.copyOf(conditionCalls),
                names(s.getCondition()), exit, TypeBuilder.at(path, s)));
        if (exit != null) {
            earlyExits.put(s, index);
        }
        return index;
    }

    /** Records the variable a call's result is stored in (to recognise {@code if (cached == null)} miss branches). */
    private void markAssigned(Expression value, String variable) {
        int index = value == null ? -1 : callOf(value);
        if (index >= 0) {
            calls.set(index, calls.get(index).withAssignedTo(variable));
        }
    }

    private int callOf(Expression e) {
        Expression unwrapped = e;
        while (unwrapped.isEnclosedExpr()) {
            unwrapped = unwrapped.asEnclosedExpr().getInner();
        }
        if (unwrapped.isCastExpr()) {
            unwrapped = unwrapped.asCastExpr().getExpression();
        }
        return unwrapped instanceof MethodCallExpr m ? callIndex.getOrDefault(m, -1) : -1;
    }

    // ---- receivers -------------------------------------------------------------------------------------------

    private Receiver receiverOf(Expression scope) {
        if (scope == null || scope instanceof ThisExpr) {
            return Receiver.self();
        }
        if (scope instanceof SuperExpr) {
            return new Receiver(Receiver.Kind.SUPER, null, -1, "super");
        }
        if (scope instanceof MethodCallExpr m && callIndex.containsKey(m)) {
            return new Receiver(Receiver.Kind.CALL_RESULT, null, callIndex.get(m), text(m));
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
            return new Receiver(Receiver.Kind.NEW, o.getType().getNameWithScope(), -1, text(o));
        }
        if (scope instanceof TypeExpr t) {
            return new Receiver(Receiver.Kind.TYPE, TypeBuilder.typeName(t.getType()), -1, t.toString());
        }
        return Receiver.unknown(text(scope));
    }

    private Receiver receiverOfReference(Expression scope) {
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

    private Receiver variableOrType(String name) {
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

    private void declare(Parameter p) {
        scopes.peek().put(p.getNameAsString(), new Local(TypeBuilder.typeName(p.getType()), -1));
    }

    private void declare(VariableDeclarationExpr v) {
        v.getVariables().forEach(d -> scopes.peek().put(d.getNameAsString(),
                new Local(TypeBuilder.typeName(d.getType()), -1)));
    }

    private void scoped(Runnable body) {
        scopes.push(new HashMap<>());
        try {
            body.run();
        } finally {
            scopes.pop();
        }
    }

    // ---- iteration ------------------------------------------------------------------------------------------

    /** An iteration method with a callback whose receiver holds many elements (not Optional/Mono/CompletableFuture). */
    private boolean isIteration(MethodCallExpr call) {
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
                String qualified = m.getScope().map(s -> simpleText(s) + "." + name).orElse(name);
                if (vocabulary.streamSources().contains(name) || vocabulary.streamSources().contains(qualified)) {
                    return true;
                }
                if (m.getScope().isEmpty()) {
                    return null;
                }
                current = m.getScope().get();
            } else if (current instanceof NameExpr n) {
                Receiver r = variableOrType(n.getNameAsString());
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
    private String iterationSource(MethodCallExpr call) {
        Expression current = call.getScope().orElse(null);
        while (current instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if (vocabulary.streamSources().contains(name) && m.getScope().isPresent()
                    && m.getArguments().isEmpty()) {
                return text(m.getScope().get());
            }
            if (m.getScope().isEmpty() || !(vocabulary.iterationMethods().contains(name)
                    || name.equals("distinct") || name.equals("limit") || name.equals("skip")
                    || name.equals("boxed") || name.equals("parallel") || name.equals("sequential"))) {
                return text(m);
            }
            current = m.getScope().get();
        }
        return current == null ? "?" : text(current);
    }

    /** Constant element count of {@code IntStream.range(0, 3)...} or {@code List.of(a, b).forEach(...)}. */
    private Integer iterationBound(MethodCallExpr call) {
        Expression current = call.getScope().orElse(null);
        while (current instanceof MethodCallExpr m) {
            String qualified = m.getScope().map(s -> simpleText(s) + "." + m.getNameAsString())
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
            current = m.getScope().orElse(null);
        }
        return null;
    }

    /** Element count of a literal collection: {@code List.of(a, b)}, {@code Arrays.asList(...)}, {@code Stream.of(...)}. */
    private Integer constantSize(Expression e) {
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            String q = simpleText(m.getScope().get()) + "." + m.getNameAsString();
            if (Set.of("List.of", "Set.of", "Arrays.asList", "Stream.of", "EnumSet.of", "Flux.just").contains(q)) {
                return m.getArguments().size();
            }
        }
        if (e.isArrayCreationExpr() && e.asArrayCreationExpr().getInitializer().isPresent()) {
            return e.asArrayCreationExpr().getInitializer().get().getValues().size();
        }
        return null;
    }

    private String forIterates(ForStmt s) {
        Optional<Expression> compare = s.getCompare();
        if (compare.isPresent() && compare.get() instanceof BinaryExpr b) {
            Expression bound = b.getRight();
            if (bound instanceof MethodCallExpr m && m.getNameAsString().equals("size") && m.getScope().isPresent()) {
                return text(m.getScope().get());
            }
            if (bound instanceof FieldAccessExpr f && f.getNameAsString().equals("length")) {
                return text(f.getScope());
            }
            return text(bound);
        }
        return compare.map(BodyWalker::text).orElse("for (;;)");
    }

    /** {@code for (int i = 0; i < N; i++)} with a constant N: the bound; otherwise null. */
    private Integer forBound(ForStmt s) {
        if (s.getCompare().isEmpty() || !(s.getCompare().get() instanceof BinaryExpr b)) {
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
     * {@code while (attempt < 3)}, {@code while (!done && tries++ <= MAX)}: a counter compared with a constant bounds
     * the loop (the retry-loop shape); the counter is assumed to start at 0 and count up.
     */
    private Integer counterBound(Expression condition) {
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

    private static String whileIterates(Expression condition) {
        return "while (" + text(condition) + ")";
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private static Set<String> names(Expression e) {
        Set<String> out = new LinkedHashSet<>();
        e.walk(NameExpr.class, n -> out.add(n.getNameAsString()));
        e.walk(MethodCallExpr.class, m -> {
            if (m.getScope().isEmpty()) {
                out.add(m.getNameAsString() + "()");
            }
        });
        return Set.copyOf(out);
    }

    private static List<String> stringArgs(List<Expression> args) {
        List<String> out = new ArrayList<>();
        for (Expression a : args) {
            StringBuilder sb = new StringBuilder();
            a.walk(Node.TreeTraversal.PREORDER, n -> {
                if (n instanceof StringLiteralExpr s) {
                    sb.append(s.getValue());
                } else if (n instanceof TextBlockLiteralExpr t) {
                    sb.append(t.getValue());
                }
            });
            if (!sb.isEmpty()) {
                out.add(sb.toString());
            }
        }
        return List.copyOf(out);
    }

    private static String simpleText(Expression e) {
        return e.toString();
    }

    static String text(Node n) {
        String s = n.toString().replaceAll("\\s+", " ").strip();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 3) + "..." : s;
    }
}
