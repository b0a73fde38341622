package dev.opsdiff.cache;

import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a {@link FileModel} in {@link ModelCodec}'s form, each distinct string once. */
final class ModelWriter {
    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();

    ModelWriter(DataOutputStream out) {
        this.out = out;
    }

    void file(FileModel f) throws IOException {
        str(f.path());
        str(f.contentHash());
        str(f.packageName());
        strMap(f.imports().single());
        strList(f.imports().onDemand());
        strMap(f.imports().statics());
        count(f.types());
        for (TypeModel t : f.types()) {
            type(t);
        }
        count(f.ignoredLines().entrySet());
        for (Map.Entry<Integer, Set<String>> e : f.ignoredLines().entrySet()) {
            out.writeInt(e.getKey());
            strList(e.getValue());
        }
    }

    private void type(TypeModel t) throws IOException {
        str(t.qualifiedName());
        str(t.simpleName());
        out.writeByte(t.kind().ordinal());
        str(t.path());
        str(t.packageName());
        str(t.outerType());
        strList(t.supertypes());
        annotations(t.annotations());
        count(t.fields());
        for (Field f : t.fields()) {
            str(f.name());
            str(f.typeName());
            out.writeBoolean(f.isStatic());
            out.writeBoolean(f.isFinal());
            annotations(f.annotations());
            str(f.initializer());
            expr(f.value(), 0);
            location(f.location());
        }
        count(t.methods());
        for (MethodModel m : t.methods()) {
            method(m);
        }
        location(t.location());
    }

    private void method(MethodModel m) throws IOException {
        str(m.declaringType());
        str(m.name());
        count(m.parameters());
        for (Parameter p : m.parameters()) {
            str(p.name());
            str(p.typeName());
            annotations(p.annotations());
        }
        str(m.returnType());
        annotations(m.annotations());
        strList(m.modifiers());
        out.writeBoolean(m.hasBody());
        location(m.location());
        count(m.calls());
        for (CallSite c : m.calls()) {
            call(c);
        }
        count(m.loops());
        for (Loop l : m.loops()) {
            out.writeInt(l.index());
            out.writeInt(l.parent());
            out.writeByte(l.kind().ordinal());
            str(l.iterates());
            out.writeBoolean(l.constantBound() != null);
            if (l.constantBound() != null) {
                out.writeInt(l.constantBound());
            }
            location(l.location());
            strList(l.retryShape());
        }
        count(m.guards());
        for (Guard g : m.guards()) {
            out.writeInt(g.index());
            out.writeByte(g.kind().ordinal());
            expr(g.condition(), 0);
            count(g.conditionCalls());
            for (Integer i : g.conditionCalls()) {
                out.writeInt(i);
            }
            strList(g.names());
            str(g.exit());
            location(g.location());
        }
        strList(m.bodyTokens());
        strList(m.suppressions());
    }

    private void call(CallSite c) throws IOException {
        out.writeInt(c.index());
        str(c.name());
        out.writeInt(c.argCount());
        Receiver r = c.receiver();
        out.writeByte(r.kind().ordinal());
        str(r.typeName());
        out.writeInt(r.chainedCall());
        str(r.text());
        out.writeInt(c.loop());
        out.writeBoolean(c.conditional());
        strList(c.conditionNames());
        out.writeInt(c.callbackOf());
        str(c.assignedTo());
        strList(c.stringArgs());
        exprs(c.args(), 0);
        count(c.guards());
        for (GuardRef g : c.guards()) {
            out.writeInt(g.guard());
            out.writeBoolean(g.whenTrue());
        }
        strList(c.catches());
        str(c.text());
        location(c.location());
        str(c.calleeSignature());
    }

    private void annotations(List<Annotation> annotations) throws IOException {
        count(annotations);
        for (Annotation a : annotations) {
            str(a.name());
            strMap(a.attributes());
            exprMap(a.values(), 0);
            location(a.location());
        }
    }

    private void expr(Expr e, int depth) throws IOException {
        if (depth > ModelCodec.MAX_DEPTH) {
            throw new IOException("expression too deep to cache");
        }
        int d = depth + 1;
        if (e == null) {
            out.writeByte(0);
        } else if (e instanceof Expr.Literal l) {
            out.writeByte(1);
            literal(l.value());
            str(l.text());
        } else if (e instanceof Expr.Name n) {
            out.writeByte(2);
            str(n.name());
            str(n.text());
        } else if (e instanceof Expr.FieldRef f) {
            out.writeByte(3);
            expr(f.scope(), d);
            str(f.name());
            str(f.text());
        } else if (e instanceof Expr.Call c) {
            out.writeByte(4);
            expr(c.scope(), d);
            str(c.name());
            exprs(c.args(), d);
            out.writeInt(c.callIndex());
            str(c.text());
        } else if (e instanceof Expr.New n) {
            out.writeByte(5);
            str(n.type());
            exprs(n.args(), d);
            str(n.text());
        } else if (e instanceof Expr.Binary b) {
            out.writeByte(6);
            str(b.operator());
            expr(b.left(), d);
            expr(b.right(), d);
            str(b.text());
        } else if (e instanceof Expr.Unary u) {
            out.writeByte(7);
            str(u.operator());
            expr(u.operand(), d);
            str(u.text());
        } else if (e instanceof Expr.AnnotationValue a) {
            out.writeByte(8);
            str(a.name());
            exprMap(a.values(), d);
            str(a.text());
        } else if (e instanceof Expr.ArrayValue a) {
            out.writeByte(9);
            exprs(a.values(), d);
            str(a.text());
        } else if (e instanceof Expr.Other o) {
            out.writeByte(10);
            str(o.text());
        } else {
            throw new IOException("expression " + e.getClass() + " cannot be cached");
        }
    }

    private void literal(Object v) throws IOException {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof Integer i) {
            out.writeByte(1);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(2);
            out.writeLong(l);
        } else if (v instanceof Double x) {
            out.writeByte(3);
            out.writeDouble(x);
        } else if (v instanceof Boolean b) {
            out.writeByte(4);
            out.writeBoolean(b);
        } else if (v instanceof String s) {
            out.writeByte(5);
            str(s);
        } else {
            throw new IOException("literal of " + v.getClass() + " cannot be cached");
        }
    }

    private void exprs(List<Expr> list, int depth) throws IOException {
        count(list);
        for (Expr e : list) {
            expr(e, depth);
        }
    }

    private void exprMap(Map<String, Expr> map, int depth) throws IOException {
        count(map.entrySet());
        for (Map.Entry<String, Expr> e : map.entrySet()) {
            str(e.getKey());
            expr(e.getValue(), depth);
        }
    }

    private void location(Location l) throws IOException {
        out.writeBoolean(l != null);
        if (l != null) {
            str(l.path());
            out.writeInt(l.line());
            out.writeInt(l.column());
            out.writeInt(l.endLine());
            out.writeInt(l.endColumn());
        }
    }

    private void strList(java.util.Collection<String> list) throws IOException {
        count(list);
        for (String s : list) {
            str(s);
        }
    }

    private void strMap(Map<String, String> map) throws IOException {
        count(map.entrySet());
        for (Map.Entry<String, String> e : map.entrySet()) {
            str(e.getKey());
            str(e.getValue());
        }
    }

    private void count(java.util.Collection<?> c) throws IOException {
        out.writeInt(c.size());
    }

    /** -1: null; a known string's index; else -2 and the text, which gets the next index. */
    private void str(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        Integer known = strings.get(s);
        if (known != null) {
            out.writeInt(known);
            return;
        }
        strings.put(s, strings.size());
        out.writeInt(-2);
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
