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
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
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
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.Receiver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    private final String path;
    private final List<CallSite> calls = new ArrayList<>();
    private final List<Loop> loops = new ArrayList<>();
    private final List<Guard> guards = new ArrayList<>();
    private final Map<IfStmt, Integer> earlyExits = new IdentityHashMap<>();
    private final Map<MethodCallExpr, Integer> callIndex = new IdentityHashMap<>();
    /** {@code new T(..)} expressions to their call index: {@code f = new Factory()} records f as the result's name. */
    private final Map<ObjectCreationExpr, Integer> creations = new IdentityHashMap<>();
    private final ReceiverScope scope;
    private final LoopShapes shapes;
    private final ExprBuilder exprs = new ExprBuilder(m -> callIndex.getOrDefault(m, -1));

    BodyWalker(String path, TypeScope type, List<dev.opsdiff.model.Parameter> params, Catalog.Vocabulary vocabulary) {
        this.path = path;
        this.scope = new ReceiverScope(type, params, callIndex);
        this.shapes = new LoopShapes(type, vocabulary, scope);
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
            Integer size = shapes.constantSize(s.getIterable());
            int loop = addLoop(LoopKind.ENHANCED_FOR, ctx, text(s.getIterable()),
                    size != null ? size : shapes.chunkBound(s.getIterable()), s,
                    Set.of());
            scope.scoped(() -> {
                scope.declare(s.getVariable());
                visit(s.getBody(), ctx.inLoop(loop));
            });
        } else if (node instanceof ForStmt s) {
            scope.scoped(() -> {
                s.getInitialization().forEach(i -> visit(i, ctx));
                int loop = addLoop(LoopKind.INDEXED_FOR, ctx, shapes.forIterates(s), shapes.forBound(s), s, RetryShapes.of(s));
                Ctx in = ctx.inLoop(loop);
                s.getCompare().ifPresent(c -> visit(c, in));
                s.getUpdate().forEach(u -> visit(u, in));
                visit(s.getBody(), in);
            });
        } else if (node instanceof WhileStmt s) {
            Set<String> retry = RetryShapes.of(s);
            int loop = addLoop(LoopKind.WHILE, ctx, LoopShapes.whileIterates(s.getCondition()),
                    shapes.whileBound(s.getCondition(), s.getBody(), retry), s, retry);
            visit(s.getCondition(), ctx.inLoop(loop));
            scope.scoped(() -> visit(s.getBody(), ctx.inLoop(loop)));
        } else if (node instanceof DoStmt s) {
            Set<String> retry = RetryShapes.of(s);
            int loop = addLoop(LoopKind.DO_WHILE, ctx, LoopShapes.whileIterates(s.getCondition()),
                    shapes.whileBound(s.getCondition(), s.getBody(), retry), s, retry);
            scope.scoped(() -> visit(s.getBody(), ctx.inLoop(loop)));
            visit(s.getCondition(), ctx.inLoop(loop));
        } else if (node instanceof IfStmt s) {
            int firstCall = calls.size();
            visit(s.getCondition(), ctx);
            int guard = addGuard(s, firstCall);
            Ctx branch = ctx.branch(names(s.getCondition()));
            scope.scoped(() -> visit(s.getThenStmt(), branch.guarded(new GuardRef(guard, true))));
            s.getElseStmt().ifPresent(e -> scope.scoped(() -> visit(e, branch.guarded(new GuardRef(guard, false)))));
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
            s.getEntries().forEach(entry -> scope.scoped(() -> visitEntry(entry, branch)));
        } else if (node instanceof SwitchExpr s) {
            visit(s.getSelector(), ctx);
            Ctx branch = ctx.branch(names(s.getSelector()));
            s.getEntries().forEach(entry -> scope.scoped(() -> visitEntry(entry, branch)));
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
            scope.scoped(() -> {
                s.getResources().forEach(r -> visit(r, inTry));
                visit(s.getTryBlock(), inTry);
            });
            for (CatchClause c : s.getCatchClauses()) {
                scope.scoped(() -> {
                    scope.declare(c.getParameter());
                    visit(c.getBody(), ctx.branch(Set.of(CallSite.IN_CATCH)));
                });
            }
            s.getFinallyBlock().ifPresent(f -> scope.scoped(() -> visit(f, ctx)));
        } else if (node instanceof BlockStmt b) {
            scope.scoped(() -> {
                Ctx current = ctx;
                for (var st : b.getStatements()) {
                    visit(st, current);
                    for (int exit : exitsOf(st)) {
                        // Everything after `if (cond) return;` in this block runs only when cond was false.
                        current = current.guarded(new GuardRef(exit, false));
                    }
                }
            });
        } else if (node instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                d.getInitializer().ifPresent(init -> visit(init, ctx));
                int init = d.getInitializer().map(this::callOf).orElse(-1);
                scope.declare(d.getNameAsString(), TypeBuilder.typeName(d.getType()), init);
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
            addCall(ref.getIdentifier(), -1, scope.receiverOfReference(ref.getScope()), ctx, List.of(), ref);
        } else if (node instanceof ObjectCreationExpr create) {
            create.getScope().ifPresent(s -> visit(s, ctx));
            int index = addCall(CallSite.CONSTRUCTOR, create.getArguments().size(),
                    new Receiver(Receiver.Kind.TYPE, create.getType().getNameWithScope(), -1,
                            create.getType().getNameWithScope()), ctx, stringArgs(create.getArguments()), create);
            creations.put(create, index);
            Ctx args = ctx.callback(index);
            create.getArguments().forEach(a -> visit(a, a instanceof LambdaExpr ? args : ctx));
            // Constructor arguments are kept as expressions too, for folding (new Request.Options(2, SECONDS, ...)).
            CallSite made = calls.get(index);
            calls.set(index, new CallSite(made.index(), made.name(), made.argCount(), made.receiver(), made.loop(),
                    made.conditional(), made.conditionNames(), made.callbackOf(), made.assignedTo(), made.stringArgs(),
                    exprs.all(create.getArguments()), made.guards(), made.catches(), made.text(), made.location(),
                    made.calleeSignature()));
            // Anonymous class bodies run when the object's methods are called: modelled as callbacks of the creation.
            create.getAnonymousClassBody().ifPresent(body -> body.forEach(m -> visitMember(m, args)));
        } else if (node instanceof LambdaExpr lambda) {
            scope.scoped(() -> {
                lambda.getParameters().forEach(scope::declare);
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

    /**
     * The early exits a statement ends with when not taken: {@code if (hit) return x;}, and those at the top of an
     * else-less block it opens ({@code if (cache != null) { v = cache.get(k); if (v != null) return v; }}): the code
     * after runs only when they did not exit (or the enclosing condition skipped them).
     */
    private List<Integer> exitsOf(com.github.javaparser.ast.stmt.Statement st) {
        if (!(st instanceof IfStmt i)) {
            return exitsOfLoop(st);
        }
        Integer own = earlyExits.get(i);
        if (own != null) {
            return List.of(own);
        }
        if (i.getElseStmt().isPresent() || !(i.getThenStmt() instanceof BlockStmt then)) {
            return List.of();
        }
        return topLevelExits(then);
    }

    /**
     * A loop whose body exits early on a hit ({@code for (..) { v = cache.get(k); if (v != null) return v; }}) lets
     * the code after it run only when no iteration exited.
     */
    private List<Integer> exitsOfLoop(com.github.javaparser.ast.stmt.Statement st) {
        com.github.javaparser.ast.stmt.Statement body = st instanceof ForStmt f ? f.getBody()
                : st instanceof WhileStmt w ? w.getBody() : st instanceof ForEachStmt e ? e.getBody()
                : st instanceof DoStmt d ? d.getBody() : null;
        if (!(body instanceof BlockStmt block)) {
            return List.of();
        }
        // `break` and `continue` leave the iteration, not the method: only returns and throws guard what follows.
        return topLevelExits(block).stream()
                .filter(g -> Set.of("return", "throw").contains(guards.get(g).exit())).toList();
    }

    private List<Integer> topLevelExits(BlockStmt then) {
        List<Integer> out = new ArrayList<>();
        for (var inner : then.getStatements()) {
            if (inner instanceof IfStmt innerIf && earlyExits.containsKey(innerIf)) {
                out.add(earlyExits.get(innerIf));
            }
        }
        return out;
    }

    private void visitEntry(SwitchEntry entry, Ctx ctx) {
        entry.getStatements().forEach(st -> visit(st, ctx));
    }

    private void visitMember(BodyDeclaration<?> member, Ctx ctx) {
        if (member instanceof com.github.javaparser.ast.body.MethodDeclaration m) {
            m.getBody().ifPresent(b -> scope.scoped(() -> {
                m.getParameters().forEach(scope::declare);
                visit(b, ctx);
            }));
        }
    }

    private void visitCall(MethodCallExpr call, Ctx ctx) {
        call.getScope().ifPresent(s -> visit(s, ctx));
        boolean iteration = shapes.isIteration(call);
        int index = addCall(call.getNameAsString(), call.getArguments().size(), scope.receiverOf(call.getScope().orElse(null)),
                ctx, stringArgs(call.getArguments()), call);
        callIndex.put(call, index);
        Ctx callbackCtx = ctx.callback(index);
        if (iteration) {
            int loop = addLoop(LoopKind.ITERATION_CALLBACK, ctx, shapes.iterationSource(call), shapes.iterationBound(call), call,
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
                c.guards(), c.catches(), c.text(), c.location(), c.calleeSignature()));
    }

    private int addCall(String name, int argCount, Receiver receiver, Ctx ctx, List<String> stringArgs, Node node) {
        int index = calls.size();
        calls.add(new CallSite(index, name, argCount, receiver, ctx.loop(), ctx.conditional(), ctx.conditionNames(),
                ctx.callbackOf(), null, stringArgs, List.of(), ctx.guards(), ctx.catches(), text(node),
                TypeBuilder.at(path, node), null));
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
        if (unwrapped instanceof ObjectCreationExpr o) {
            return creations.getOrDefault(o, -1);
        }
        return unwrapped instanceof MethodCallExpr m ? callIndex.getOrDefault(m, -1) : -1;
    }

    // ---- receivers -------------------------------------------------------------------------------------------

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

    static String simpleText(Expression e) {
        return e.toString();
    }

    static String text(Node n) {
        return ShortText.of(n, MAX_TEXT);
    }
}
