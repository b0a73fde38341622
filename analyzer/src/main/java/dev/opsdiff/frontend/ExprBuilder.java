package dev.opsdiff.frontend;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.opsdiff.model.Expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Converts JavaParser expressions to the compact {@link Expr} form, to a bounded depth. */
final class ExprBuilder {
    /** Deeper expressions are kept as text: values worth folding are shallow. */
    private static final int MAX_DEPTH = 6;

    private final ToIntFunction<MethodCallExpr> callIndex;

    ExprBuilder(ToIntFunction<MethodCallExpr> callIndex) {
        this.callIndex = callIndex;
    }

    static ExprBuilder withoutCalls() {
        return new ExprBuilder(m -> -1);
    }

    List<Expr> all(List<Expression> es) {
        List<Expr> out = new ArrayList<>(es.size());
        es.forEach(e -> out.add(of(e)));
        return List.copyOf(out);
    }

    Expr of(Expression e) {
        return of(e, 0);
    }

    private Expr of(Expression e, int depth) {
        String text = BodyWalker.text(e);
        if (depth > MAX_DEPTH) {
            return new Expr.Other(text);
        }
        int d = depth + 1;
        if (e instanceof EnclosedExpr en) {
            return of(en.getInner(), depth);
        }
        if (e instanceof IntegerLiteralExpr i) {
            return new Expr.Literal(parseInt(i.getValue()), text);
        }
        if (e instanceof LongLiteralExpr l) {
            return new Expr.Literal(parseLong(l.getValue()), text);
        }
        if (e instanceof DoubleLiteralExpr x) {
            return new Expr.Literal(parseDouble(x.getValue()), text);
        }
        if (e instanceof BooleanLiteralExpr b) {
            return new Expr.Literal(b.getValue(), text);
        }
        if (e instanceof StringLiteralExpr s) {
            return new Expr.Literal(s.getValue(), text);
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new Expr.Literal(t.getValue(), text);
        }
        if (e instanceof CharLiteralExpr c) {
            return new Expr.Literal(c.getValue(), text);
        }
        if (e instanceof NullLiteralExpr) {
            return new Expr.Literal(null, text);
        }
        if (e instanceof NameExpr n) {
            return new Expr.Name(n.getNameAsString(), text);
        }
        if (e instanceof FieldAccessExpr f) {
            return new Expr.FieldRef(of(f.getScope(), d), f.getNameAsString(), text);
        }
        if (e instanceof MethodCallExpr m) {
            List<Expr> args = new ArrayList<>();
            m.getArguments().forEach(a -> args.add(of(a, d)));
            return new Expr.Call(m.getScope().map(s -> of(s, d)).orElse(null), m.getNameAsString(), List.copyOf(args),
                    callIndex.applyAsInt(m), text);
        }
        if (e instanceof ObjectCreationExpr o) {
            List<Expr> args = new ArrayList<>();
            o.getArguments().forEach(a -> args.add(of(a, d)));
            return new Expr.New(o.getType().getNameWithScope(), List.copyOf(args), text);
        }
        if (e instanceof BinaryExpr b) {
            return new Expr.Binary(b.getOperator().asString(), of(b.getLeft(), d), of(b.getRight(), d), text);
        }
        if (e instanceof UnaryExpr u) {
            return new Expr.Unary(u.getOperator().asString(), of(u.getExpression(), d), text);
        }
        if (e instanceof AnnotationExpr a) {
            Map<String, Expr> values = new LinkedHashMap<>();
            if (a instanceof SingleMemberAnnotationExpr s) {
                values.put("value", of(s.getMemberValue(), d));
            } else if (a instanceof NormalAnnotationExpr n) {
                n.getPairs().forEach(p -> values.put(p.getNameAsString(), of(p.getValue(), d)));
            }
            return new Expr.AnnotationValue(a.getNameAsString(), values, text);
        }
        if (e instanceof ArrayInitializerExpr arr) {
            List<Expr> values = new ArrayList<>();
            arr.getValues().forEach(v -> values.add(of(v, d)));
            return new Expr.ArrayValue(List.copyOf(values), text);
        }
        return new Expr.Other(text);
    }

    private static Object parseInt(String s) {
        try {
            return Integer.decode(s.replace("_", ""));
        } catch (NumberFormatException e) {
            return parseLong(s);
        }
    }

    private static Object parseLong(String s) {
        String v = s.replace("_", "");
        if (v.endsWith("L") || v.endsWith("l")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            return Long.decode(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object parseDouble(String s) {
        try {
            return Double.valueOf(s.replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
