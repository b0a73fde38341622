package dev.opsdiff.cache;

import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.Guard;
import dev.opsdiff.model.GuardRef;
import dev.opsdiff.model.Imports;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.LoopKind;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeKind;
import dev.opsdiff.model.TypeModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A {@link FileModel} as bytes: a hand-written binary form of the model's records (deflated), with each distinct
 * string written once. Java serialization, used before, spent most of a warm check's decoding time describing
 * classes again for every file; this reads a kafka-sized neighbourhood several times faster. Reading builds only
 * model objects and bounds every count, so a cache file someone else wrote can fail to decode, never do harm.
 * Collections come back in their encoded iteration order (lists, insertion-ordered sets and maps), unmodifiable.
 */
public final class ModelCodec {
    private static final int MAGIC = 0x0D5F1E03;
    /** No count in a real model comes near this; a larger one means a corrupt entry. */
    private static final int MAX_COUNT = 5_000_000;
    private static final int MAX_DEPTH = 256;

    private ModelCodec() {
    }

    private static final int BUFFER = 16 * 1024;

    /** The bytes of a model, or null when it holds something this form cannot write (it is then not cached). */
    public static byte[] encode(FileModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Buffered: DataOutputStream writes a byte or a few at a time, and each write to a DeflaterOutputStream is
        // a native deflate call.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes),
                BUFFER))) {
            out.writeInt(MAGIC);
            new Writer(out).file(model);
            out.writeInt(MAGIC); // a trailer: a cut entry never reads as a whole model
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return bytes.toByteArray();
    }

    /** The model, or null when the bytes are not a model of this format. */
    public static FileModel decode(byte[] data) {
        // Buffered for the same reason: an unbuffered single-byte read is a native inflate call.
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(data)), BUFFER))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            FileModel model = new Reader(in).file();
            // The trailer, then the end of the compressed stream (a cut one fails here, not silently).
            return in.readInt() == MAGIC && in.read() == -1 ? model : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
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
            if (depth > MAX_DEPTH) {
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

    private static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        FileModel file() throws IOException {
            String path = str();
            String hash = str();
            String pkg = str();
            Imports imports = new Imports(strMap(), strList(), strMap());
            int n = count();
            List<TypeModel> types = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                types.add(type());
            }
            int lines = count();
            Map<Integer, Set<String>> ignored = new LinkedHashMap<>();
            for (int i = 0; i < lines; i++) {
                ignored.put(in.readInt(), strSet());
            }
            return new FileModel(path, hash, pkg, imports, List.copyOf(types), Collections.unmodifiableMap(ignored));
        }

        private TypeModel type() throws IOException {
            String qualified = str();
            String simple = str();
            TypeKind kind = TypeKind.values()[in.readUnsignedByte()];
            String path = str();
            String pkg = str();
            String outer = str();
            List<String> supertypes = strList();
            List<Annotation> annotations = annotations();
            int nf = count();
            List<Field> fields = new ArrayList<>(nf);
            for (int i = 0; i < nf; i++) {
                fields.add(new Field(str(), str(), in.readBoolean(), in.readBoolean(), annotations(), str(), expr(0),
                        location()));
            }
            int nm = count();
            List<MethodModel> methods = new ArrayList<>(nm);
            for (int i = 0; i < nm; i++) {
                methods.add(method());
            }
            return new TypeModel(qualified, simple, kind, path, pkg, outer, supertypes, annotations,
                    List.copyOf(fields), List.copyOf(methods), location());
        }

        private MethodModel method() throws IOException {
            String declaring = str();
            String name = str();
            int np = count();
            List<Parameter> params = new ArrayList<>(np);
            for (int i = 0; i < np; i++) {
                params.add(new Parameter(str(), str(), annotations()));
            }
            String returnType = str();
            List<Annotation> annotations = annotations();
            Set<String> modifiers = strSet();
            boolean hasBody = in.readBoolean();
            Location location = location();
            int nc = count();
            List<CallSite> calls = new ArrayList<>(nc);
            for (int i = 0; i < nc; i++) {
                calls.add(call());
            }
            int nl = count();
            List<Loop> loops = new ArrayList<>(nl);
            for (int i = 0; i < nl; i++) {
                int index = in.readInt();
                int parent = in.readInt();
                LoopKind kind = LoopKind.values()[in.readUnsignedByte()];
                String iterates = str();
                Integer bound = in.readBoolean() ? in.readInt() : null;
                loops.add(new Loop(index, parent, kind, iterates, bound, location(), strSet()));
            }
            int ng = count();
            List<Guard> guards = new ArrayList<>(ng);
            for (int i = 0; i < ng; i++) {
                int index = in.readInt();
                Guard.Kind kind = Guard.Kind.values()[in.readUnsignedByte()];
                Expr condition = expr(0);
                int ni = count();
                List<Integer> conditionCalls = new ArrayList<>(ni);
                for (int j = 0; j < ni; j++) {
                    conditionCalls.add(in.readInt());
                }
                guards.add(new Guard(index, kind, condition, List.copyOf(conditionCalls), strSet(), str(),
                        location()));
            }
            return new MethodModel(declaring, name, List.copyOf(params), returnType, annotations, modifiers, hasBody,
                    location, List.copyOf(calls), List.copyOf(loops), List.copyOf(guards), strList(), strSet());
        }

        private CallSite call() throws IOException {
            int index = in.readInt();
            String name = str();
            int argCount = in.readInt();
            Receiver receiver = new Receiver(Receiver.Kind.values()[in.readUnsignedByte()], str(), in.readInt(),
                    str());
            int loop = in.readInt();
            boolean conditional = in.readBoolean();
            Set<String> conditionNames = strSet();
            int callbackOf = in.readInt();
            String assignedTo = str();
            List<String> stringArgs = strList();
            List<Expr> args = exprs(0);
            int ng = count();
            List<GuardRef> guards = new ArrayList<>(ng);
            for (int i = 0; i < ng; i++) {
                guards.add(new GuardRef(in.readInt(), in.readBoolean()));
            }
            return new CallSite(index, name, argCount, receiver, loop, conditional, conditionNames, callbackOf,
                    assignedTo, stringArgs, args, List.copyOf(guards), strList(), str(), location(), str());
        }

        private List<Annotation> annotations() throws IOException {
            int n = count();
            List<Annotation> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new Annotation(str(), strMap(), exprMap(0), location()));
            }
            return List.copyOf(out);
        }

        private Expr expr(int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IOException("expression nested too deep");
            }
            int d = depth + 1;
            int tag = in.readUnsignedByte();
            return switch (tag) {
                case 0 -> null;
                case 1 -> new Expr.Literal(literal(), str());
                case 2 -> new Expr.Name(str(), str());
                case 3 -> new Expr.FieldRef(expr(d), str(), str());
                case 4 -> new Expr.Call(expr(d), str(), exprs(d), in.readInt(), str());
                case 5 -> new Expr.New(str(), exprs(d), str());
                case 6 -> new Expr.Binary(str(), expr(d), expr(d), str());
                case 7 -> new Expr.Unary(str(), expr(d), str());
                case 8 -> new Expr.AnnotationValue(str(), exprMap(d), str());
                case 9 -> new Expr.ArrayValue(exprs(d), str());
                case 10 -> new Expr.Other(str());
                default -> throw new IOException("unknown expression tag " + tag);
            };
        }

        private Object literal() throws IOException {
            int tag = in.readUnsignedByte();
            return switch (tag) {
                case 0 -> null;
                case 1 -> in.readInt();
                case 2 -> in.readLong();
                case 3 -> in.readDouble();
                case 4 -> in.readBoolean();
                case 5 -> str();
                default -> throw new IOException("unknown literal tag " + tag);
            };
        }

        private List<Expr> exprs(int depth) throws IOException {
            int n = count();
            List<Expr> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(expr(depth));
            }
            // Arguments may hold nulls (an expression the model does not keep): no List.copyOf.
            return Collections.unmodifiableList(out);
        }

        private Map<String, Expr> exprMap(int depth) throws IOException {
            int n = count();
            Map<String, Expr> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(str(), expr(depth));
            }
            return Collections.unmodifiableMap(out);
        }

        private Location location() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            return new Location(str(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
        }

        private List<String> strList() throws IOException {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(str());
            }
            return Collections.unmodifiableList(out);
        }

        private Set<String> strSet() throws IOException {
            int n = count();
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                out.add(str());
            }
            return Collections.unmodifiableSet(out);
        }

        private Map<String, String> strMap() throws IOException {
            int n = count();
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(str(), str());
            }
            return Collections.unmodifiableMap(out);
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > MAX_COUNT) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        private String str() throws IOException {
            int code = in.readInt();
            if (code == -1) {
                return null;
            }
            if (code >= 0) {
                if (code >= strings.size()) {
                    throw new IOException("bad string reference " + code);
                }
                return strings.get(code);
            }
            if (code != -2) {
                throw new IOException("bad string code " + code);
            }
            int len = count();
            byte[] b = in.readNBytes(len);
            if (b.length != len) {
                throw new IOException("truncated string");
            }
            String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }
    }
}
