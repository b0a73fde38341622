package dev.opsdiff.values;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.TypeResolver;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds compact expressions to numbers and durations with provenance: literals, {@code static final} (and other
 * initialized final) fields of the project, arithmetic, duration factories (catalog {@code factories}, e.g.
 * {@code Duration.ofSeconds}), {@code TimeUnit.X.toMillis(n)}, {@code (n, TimeUnit.X)} argument pairs and
 * {@code @Value("${key:default}")} fields resolved against the snapshot's configuration files.
 */
public final class ValueFolder {
    /** Constants referring to constants: deeper chains are rare, and the bound stops cycles. */
    private static final int MAX_DEPTH = 12;
    private static final String VALUE_ANNOTATION = "Value";

    private final ProgramModel program;
    private final TypeResolver types;
    private final ConfigProperties properties;
    /** Factory owner type (qualified and simple) to method to unit code / unit-arg / iso. */
    private final Map<String, Map<String, String>> factories = new HashMap<>();

    /** A folded value: a number, a time unit ({@code TimeUnit.SECONDS}) or a string. */
    private sealed interface V {
    }

    private record Num(Quantity q) implements V {
    }

    private record UnitV(ChronoUnit unit) implements V {
    }

    private record Str(String s) implements V {
    }

    public ValueFolder(ProgramModel program, TypeResolver types, Catalog catalog) {
        this.program = program;
        this.types = types;
        this.properties = ConfigProperties.of(program);
        for (TimeoutApi t : catalog.timeouts()) {
            if (t.factories() == null || t.types() == null) {
                continue;
            }
            for (String type : t.types()) {
                factories.computeIfAbsent(type, k -> new HashMap<>()).putAll(t.factories());
                factories.computeIfAbsent(simple(type), k -> new HashMap<>()).putAll(t.factories());
            }
        }
    }

    public ConfigProperties properties() {
        return properties;
    }

    /** The number or duration {@code e} denotes inside {@code context}; {@code here} is where {@code e} is written. */
    public Optional<Quantity> fold(Expr e, TypeModel context, Location here) {
        if (e == null) {
            return Optional.empty();
        }
        V v = value(e, context, here, 0);
        if (v instanceof Num n) {
            return Optional.of(n.q());
        }
        if (v instanceof Str s) {
            return properties.placeholder(s.s(), new Origin("", here, e.text()));
        }
        return Optional.empty();
    }

    /**
     * The value of argument {@code index}, taking a {@code TimeUnit}/{@code ChronoUnit} right after it as its unit
     * ({@code connectTimeout(5, TimeUnit.SECONDS)}).
     */
    public Optional<Quantity> argument(List<Expr> args, int index, TypeModel context, Location here) {
        if (index < 0 || index >= args.size()) {
            return Optional.empty();
        }
        Optional<Quantity> q = fold(args.get(index), context, here);
        if (q.isPresent() && q.get().bare() && index + 1 < args.size()) {
            Optional<ChronoUnit> unit = unit(args.get(index + 1), context);
            if (unit.isPresent()) {
                return Optional.of(q.get().withUnit(unit.get()));
            }
        }
        return q;
    }

    /** {@code TimeUnit.SECONDS}, {@code ChronoUnit.MILLIS}, or a statically imported {@code SECONDS}. */
    public Optional<ChronoUnit> unit(Expr e, TypeModel context) {
        return value(e, context, null, 0) instanceof UnitV u ? Optional.of(u.unit()) : Optional.empty();
    }

    /** A string constant or literal (e.g. a retry instance name). */
    public Optional<String> string(Expr e, TypeModel context) {
        return value(e, context, null, 0) instanceof Str s ? Optional.of(s.s()) : Optional.empty();
    }

    /** The field a simple name refers to inside {@code context} (own or enclosing types), with its declaring type. */
    public Optional<Map.Entry<TypeModel, Field>> field(String name, TypeModel context) {
        for (TypeModel t = context; t != null; t = t.outerType() == null ? null : program.type(t.outerType()).orElse(null)) {
            Optional<Field> f = t.field(name);
            if (f.isPresent()) {
                return Optional.of(Map.entry(t, f.get()));
            }
        }
        FileModel file = context == null ? null : program.fileOf(context);
        String owner = file == null ? null : file.imports().statics().get(name);
        if (owner != null) {
            Optional<TypeModel> t = program.type(owner);
            if (t.isPresent() && t.get().field(name).isPresent()) {
                return Optional.of(Map.entry(t.get(), t.get().field(name).get()));
            }
        }
        return Optional.empty();
    }

    private V value(Expr e, TypeModel ctx, Location here, int depth) {
        if (e == null || depth > MAX_DEPTH) {
            return null;
        }
        Origin site = new Origin("", here, e.text());
        if (e instanceof Expr.Literal l) {
            if (l.value() instanceof Number n) {
                return new Num(Quantity.bare(n.doubleValue(), here == null ? null : site));
            }
            return l.value() instanceof String s ? new Str(s) : null;
        }
        if (e instanceof Expr.Name n) {
            return name(n.name(), ctx, depth);
        }
        if (e instanceof Expr.FieldRef f) {
            return fieldRef(f, ctx, here, depth);
        }
        if (e instanceof Expr.Unary u) {
            V v = value(u.operand(), ctx, here, depth + 1);
            if (v instanceof Num n && (u.operator().equals("-") || u.operator().equals("+"))) {
                return new Num(n.q().withAmount(u.operator().equals("-") ? -n.q().amount() : n.q().amount()));
            }
            return null;
        }
        if (e instanceof Expr.Binary b) {
            return Arithmetic.apply(b.operator(), num(value(b.left(), ctx, here, depth + 1)),
                    num(value(b.right(), ctx, here, depth + 1))).map(q -> (V) new Num(q)).orElse(null);
        }
        if (e instanceof Expr.Call c) {
            return call(c, ctx, here, depth);
        }
        return null;
    }

    private static Quantity num(V v) {
        return v instanceof Num n ? n.q() : null;
    }

    private V name(String name, TypeModel ctx, int depth) {
        FileModel file = ctx == null ? null : program.fileOf(ctx);
        String staticOwner = file == null ? null : file.imports().statics().get(name);
        if (staticOwner != null && Units.UNIT_TYPES.contains(staticOwner)) {
            return Units.ofConstant(name).map(u -> (V) new UnitV(u)).orElse(null);
        }
        return field(name, ctx).map(f -> fieldValue(f.getKey(), f.getValue(), depth)).orElse(null);
    }

    /** A final field's initializer, or an {@code @Value} field's property. */
    private V fieldValue(TypeModel owner, Field f, int depth) {
        String label = owner.simpleName() + "." + f.name();
        Origin origin = new Origin(label, f.location(), f.name() + " = " + f.initializer());
        for (Annotation a : f.annotations()) {
            if (a.simpleName().equals(VALUE_ANNOTATION) && a.attributes().containsKey("value")) {
                Origin declared = new Origin(label, a.location() != null ? a.location() : f.location(),
                        "@Value(\"" + a.attributes().get("value") + "\")");
                Optional<Quantity> q = properties.placeholder(a.attributes().get("value"), declared);
                // Spring reads a bare number bound to a Duration as milliseconds.
                return q.map(x -> x.bare() && "Duration".equals(simple(String.valueOf(f.typeName())))
                        ? x.withUnit(ChronoUnit.MILLIS) : x).map(x -> (V) new Num(x)).orElse(null);
            }
        }
        if (!f.isFinal() || f.value() == null) {
            return null;
        }
        return via(value(f.value(), owner, f.location(), depth + 1), origin);
    }

    /** A number traced to its field: the field's own line replaces the inline origin of its initializer. */
    private static V via(V v, Origin origin) {
        if (v instanceof Num n) {
            List<Origin> rest = n.q().trail().stream().filter(o -> !o.name().isEmpty()).toList();
            return new Num(new Quantity(n.q().amount(), n.q().unit(), rest).via(origin));
        }
        return v;
    }

    private V fieldRef(Expr.FieldRef f, TypeModel ctx, Location here, int depth) {
        if (f.scope() instanceof Expr.Name s && s.name().equals("this")) {
            return name(f.name(), ctx, depth);
        }
        String scopeType = typeOf(f.scope(), ctx);
        if (scopeType == null) {
            return null;
        }
        if (Units.UNIT_TYPES.contains(scopeType) || Units.UNIT_TYPES.contains(simple(scopeType))) {
            return Units.ofConstant(f.name()).map(u -> (V) new UnitV(u)).orElse(null);
        }
        if (f.name().equals("ZERO") && factories.containsKey(scopeType)) {
            return new Num(Quantity.bare(0, new Origin("", here, f.text())).withUnit(ChronoUnit.MILLIS));
        }
        Optional<TypeModel> t = program.type(scopeType);
        if (t.isPresent()) {
            Optional<Field> field = t.get().field(f.name());
            if (field.isPresent()) {
                return fieldValue(t.get(), field.get(), depth);
            }
        }
        return null;
    }

    private V call(Expr.Call c, TypeModel ctx, Location here, int depth) {
        Origin site = new Origin("", here, c.text());
        String owner = c.scope() == null ? staticOwner(c.name(), ctx) : typeOf(c.scope(), ctx);
        if (owner != null) {
            Map<String, String> f = factories.getOrDefault(owner, factories.get(simple(owner)));
            if (f != null && f.containsKey(c.name())) {
                return factory(f.get(c.name()), c.args(), ctx, here, site, depth);
            }
        }
        V fromGetter = getter(c, ctx, depth);
        if (fromGetter != null) {
            return fromGetter;
        }
        V scope = c.scope() == null ? null : value(c.scope(), ctx, here, depth + 1);
        if (scope instanceof UnitV u && c.args().size() == 1) {
            // TimeUnit.SECONDS.toMillis(5)
            Quantity n = num(value(c.args().get(0), ctx, here, depth + 1));
            Optional<ChronoUnit> target = conversionTarget(c.name());
            if (n != null && target.isPresent()) {
                double ms = n.amount() * Units.millisPer(u.unit());
                return new Num(n.withAmount(ms / Units.millisPer(target.get())).withUnit(target.get()));
            }
        }
        if (scope instanceof Num d && !d.q().bare()) {
            List<Quantity> args = c.args().stream().map(a -> num(value(a, ctx, here, depth + 1))).toList();
            return Arithmetic.durationMethod(d.q(), c.name(), args).map(q -> (V) new Num(q)).orElse(null);
        }
        return null;
    }

    /**
     * {@code clientConfig.getConnectTimeoutMillis()} on a project settings object (a field of the class, or the class
     * itself) whose getter only returns a field: the field's initializer, the default the object carries unless it is
     * configured. The origin says so.
     */
    private V getter(Expr.Call c, TypeModel ctx, int depth) {
        if (!c.args().isEmpty() || ctx == null) {
            return null;
        }
        TypeModel owner = c.scope() == null ? ctx : settingsObjectType(c.scope(), ctx);
        if (owner == null) {
            return null;
        }
        for (MethodModel m : owner.methods()) {
            if (m.name().equals(c.name()) && m.parameters().isEmpty()) {
                String returned = m.returnedField();
                Optional<Field> f = returned == null ? Optional.empty() : owner.field(returned);
                return f.map(field -> defaultValue(owner, field, depth)).orElse(null);
            }
        }
        return null;
    }

    /** The project type of a field named by {@code scope} ({@code config}, {@code this.config}), or null. */
    private TypeModel settingsObjectType(Expr scope, TypeModel ctx) {
        String name = scope instanceof Expr.Name n ? n.name()
                : scope instanceof Expr.FieldRef f && f.scope() instanceof Expr.Name s && s.name().equals("this")
                ? f.name() : null;
        if (name == null || name.equals("this")) {
            return null;
        }
        return field(name, ctx).map(f -> f.getValue().typeName()).filter(java.util.Objects::nonNull)
                .map(t -> t.contains("<") ? t.substring(0, t.indexOf('<')) : t)
                .map(t -> types.resolve(t, ctx)).flatMap(program::type).orElse(null);
    }

    /** A final field's value, or the initializer of a mutable settings field (its default until configured). */
    private V defaultValue(TypeModel owner, Field f, int depth) {
        V known = fieldValue(owner, f, depth);
        if (known != null || f.isFinal() || f.isStatic() || f.value() == null) {
            return known;
        }
        V v = value(f.value(), owner, f.location(), depth + 1);
        return v instanceof Num ? via(v, new Origin(owner.simpleName() + "." + f.name() + " (default)",
                f.location(), f.name() + " = " + f.initializer())) : null;
    }

    private V factory(String kind, List<Expr> args, TypeModel ctx, Location here, Origin site, int depth) {
        if (args.isEmpty()) {
            return null;
        }
        if (kind.equals("iso")) {
            V s = value(args.get(0), ctx, here, depth + 1);
            return s instanceof Str str ? DurationText.iso(str.s(), site).map(q -> (V) new Num(q)).orElse(null) : null;
        }
        Quantity n = num(value(args.get(0), ctx, here, depth + 1));
        if (n == null) {
            return null;
        }
        if (kind.equals("unit-arg")) {
            V u = args.size() > 1 ? value(args.get(1), ctx, here, depth + 1) : null;
            return u instanceof UnitV unit ? new Num(n.withUnit(unit.unit())) : null;
        }
        return Units.ofCode(kind).map(u -> (V) new Num(n.withUnit(u))).orElse(null);
    }

    private static Optional<ChronoUnit> conversionTarget(String method) {
        return switch (method) {
            case "toNanos" -> Optional.of(ChronoUnit.NANOS);
            case "toMicros" -> Optional.of(ChronoUnit.MICROS);
            case "toMillis" -> Optional.of(ChronoUnit.MILLIS);
            case "toSeconds" -> Optional.of(ChronoUnit.SECONDS);
            case "toMinutes" -> Optional.of(ChronoUnit.MINUTES);
            case "toHours" -> Optional.of(ChronoUnit.HOURS);
            case "toDays" -> Optional.of(ChronoUnit.DAYS);
            default -> Optional.empty();
        };
    }

    /** The qualified type a scope expression names ({@code Duration}, {@code TimeUnit}, {@code Timeouts}), or null. */
    private String typeOf(Expr scope, TypeModel ctx) {
        String text = scope instanceof Expr.Name n ? n.name() : scope instanceof Expr.FieldRef f ? f.text() : null;
        if (text == null || text.isEmpty() || !Character.isUpperCase(lastSegment(text).charAt(0)) || ctx == null) {
            return null;
        }
        if (scope instanceof Expr.Name && field(text, ctx).isPresent()) {
            return null; // a field named like a type
        }
        return types.resolve(text, ctx);
    }

    private String staticOwner(String method, TypeModel ctx) {
        FileModel file = ctx == null ? null : program.fileOf(ctx);
        return file == null ? null : file.imports().statics().get(method);
    }

    private static String lastSegment(String s) {
        return s.substring(s.lastIndexOf('.') + 1);
    }

    static String simple(String type) {
        return lastSegment(type);
    }
}
