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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@link ModelCodec}'s form back into model objects, bounding every count and the nesting depth, so that a
 * cache file someone else wrote can fail to decode, never do harm.
 */
final class ModelReader {
    /** No count in a real model comes near this; a larger one means a corrupt entry. */
    private static final int MAX_COUNT = 5_000_000;

    private final ByteReader in;
    private final List<String> strings = new ArrayList<>();

    ModelReader(ByteReader in) {
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
        if (depth > ModelCodec.MAX_DEPTH) {
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
        String s = in.readUtf8(count());
        strings.add(s);
        return s;
    }
}
