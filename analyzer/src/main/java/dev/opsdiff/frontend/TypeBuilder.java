package dev.opsdiff.frontend;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.TypeKind;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds {@link TypeModel}s (and their nested types) from JavaParser declarations. */
final class TypeBuilder {
    private static final ExprBuilder EXPRS = ExprBuilder.withoutCalls();
    private static final Pattern SUPPRESSION = Pattern.compile("opsdiff(?::([\\w-]+))?");

    private final String path;
    private final String packageName;
    private final Catalog.Vocabulary loops;

    TypeBuilder(String path, String packageName, Catalog.Vocabulary loops) {
        this.path = path;
        this.packageName = packageName;
        this.loops = loops;
    }

    /**
     * @param outer             the enclosing type's scope, or null for a top-level type
     * @param outerSuppressions rule ids suppressed on enclosing types
     */
    void build(TypeDeclaration<?> decl, TypeScope outer, Set<String> outerSuppressions, List<TypeModel> out) {
        String qualified = outer == null
                ? (packageName.isEmpty() ? decl.getNameAsString() : packageName + "." + decl.getNameAsString())
                : outer.qualifiedName() + "." + decl.getNameAsString();
        List<Annotation> annotations = annotations(decl);
        Set<String> suppressions = new TreeSet<>(outerSuppressions);
        suppressions.addAll(suppressions(annotations));
        List<Field> fields = fields(decl);
        TypeScope scope = new TypeScope(qualified, fields, outer);
        List<MethodModel> methods = new ArrayList<>();
        Set<String> localNames = new HashSet<>();
        for (BodyDeclaration<?> member : decl.getMembers()) {
            if (member instanceof CallableDeclaration<?> callable) {
                methods.add(method(callable, qualified, scope, suppressions, decl));
                // A class declared in a method body (a request with its own retry()) is modelled like a nested
                // type; a second local class of the same name in another method is left out (its id would clash).
                for (LocalClassDeclarationStmt local : callable.findAll(LocalClassDeclarationStmt.class)) {
                    if (local.findAncestor(CallableDeclaration.class).orElse(null) == callable
                            && localNames.add(local.getClassDeclaration().getNameAsString())) {
                        build(local.getClassDeclaration(), scope, suppressions, out);
                    }
                }
            } else if (member instanceof TypeDeclaration<?> nested) {
                build(nested, scope, suppressions, out);
            }
        }
        out.add(new TypeModel(qualified, decl.getNameAsString(), kind(decl), path, packageName,
                outer == null ? null : outer.qualifiedName(), supertypes(decl), annotations, fields,
                List.copyOf(methods), at(path, decl)));
    }

    private MethodModel method(CallableDeclaration<?> callable, String owner, TypeScope scope,
                               Set<String> typeSuppressions, TypeDeclaration<?> decl) {
        List<Parameter> params = new ArrayList<>();
        // Parameter annotations are kept for request-header idempotency keys (@RequestHeader("Idempotency-Key")).
        callable.getParameters().forEach(p -> params.add(new Parameter(p.getNameAsString(),
                typeName(p.getType()) + (p.isVarArgs() ? "[]" : ""), annotations(p))));
        List<Annotation> annotations = annotations(callable);
        Set<String> suppressions = new TreeSet<>(typeSuppressions);
        suppressions.addAll(suppressions(annotations));
        Set<String> modifiers = new TreeSet<>();
        callable.getModifiers().forEach(m -> modifiers.add(m.getKeyword().asString()));
        boolean interfaceMember = decl instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        if (interfaceMember && !modifiers.contains("private")) {
            modifiers.add("public");
        }
        String name;
        String returnType;
        Node body;
        if (callable instanceof MethodDeclaration m) {
            name = m.getNameAsString();
            returnType = typeName(m.getType());
            body = m.getBody().orElse(null);
            if (interfaceMember && body == null && !modifiers.contains("static")) {
                modifiers.add(Modifier.Keyword.ABSTRACT.asString());
            }
        } else {
            name = dev.opsdiff.model.CallSite.CONSTRUCTOR;
            returnType = owner;
            body = ((ConstructorDeclaration) callable).getBody();
        }
        BodyWalker walker = new BodyWalker(path, scope, params, loops);
        if (body != null) {
            walker.walk(body);
        }
        return new MethodModel(owner, name, List.copyOf(params), returnType, annotations, Set.copyOf(modifiers),
                body != null, at(path, callable), walker.calls(), walker.loops(), walker.guards(),
                body == null ? List.of() : Tokens.of(body), Set.copyOf(suppressions));
    }

    private List<Field> fields(TypeDeclaration<?> decl) {
        List<Field> fields = new ArrayList<>();
        for (FieldDeclaration f : decl.getFields()) {
            List<Annotation> annotations = annotations(f);
            f.getVariables().forEach(v -> fields.add(new Field(v.getNameAsString(), typeName(v.getType()),
                    f.isStatic(), f.isFinal(), annotations,
                    v.getInitializer().map(Expression::toString).orElse(null),
                    v.getInitializer().map(EXPRS::of).orElse(null), at(path, v))));
        }
        if (decl instanceof RecordDeclaration record) {
            record.getParameters().forEach(p -> fields.add(new Field(p.getNameAsString(), typeName(p.getType()),
                    false, true, annotations(p), null, null, at(path, p))));
        }
        return List.copyOf(fields);
    }

    private static List<String> supertypes(TypeDeclaration<?> decl) {
        List<String> out = new ArrayList<>();
        NodeList<ClassOrInterfaceType> ext = new NodeList<>();
        if (decl instanceof ClassOrInterfaceDeclaration c) {
            ext.addAll(c.getExtendedTypes());
            ext.addAll(c.getImplementedTypes());
        } else if (decl instanceof EnumDeclaration e) {
            ext.addAll(e.getImplementedTypes());
        } else if (decl instanceof RecordDeclaration r) {
            ext.addAll(r.getImplementedTypes());
        }
        ext.forEach(t -> out.add(t.getNameWithScope()));
        return List.copyOf(out);
    }

    private static TypeKind kind(TypeDeclaration<?> decl) {
        if (decl instanceof ClassOrInterfaceDeclaration c) {
            return c.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
        }
        if (decl instanceof EnumDeclaration) {
            return TypeKind.ENUM;
        }
        if (decl instanceof RecordDeclaration) {
            return TypeKind.RECORD;
        }
        if (decl instanceof AnnotationDeclaration) {
            return TypeKind.ANNOTATION;
        }
        return TypeKind.CLASS;
    }

    // Instance method (was static) so each annotation records its position in this file.
    List<Annotation> annotations(NodeWithAnnotations<?> node) {
        List<Annotation> out = new ArrayList<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, dev.opsdiff.model.Expr> values = new LinkedHashMap<>();
            if (a instanceof SingleMemberAnnotationExpr s) {
                attributes.put("value", valueText(s.getMemberValue()));
                values.put("value", EXPRS.of(s.getMemberValue()));
            } else if (a instanceof NormalAnnotationExpr n) {
                n.getPairs().forEach(p -> {
                    attributes.put(p.getNameAsString(), valueText(p.getValue()));
                    values.put(p.getNameAsString(), EXPRS.of(p.getValue()));
                });
            }
            out.add(new Annotation(a.getNameAsString(), attributes, values, at(path, a)));
        }
        return List.copyOf(out);
    }

    private static String valueText(Expression e) {
        return e instanceof StringLiteralExpr s ? s.getValue() : e.toString();
    }

    private static Set<String> suppressions(List<Annotation> annotations) {
        Set<String> out = new TreeSet<>();
        for (Annotation a : annotations) {
            if (a.simpleName().equals("SuppressWarnings")) {
                Matcher m = SUPPRESSION.matcher(String.join(",", a.attributes().values()));
                while (m.find()) {
                    out.add(m.group(1) == null ? "all" : m.group(1));
                }
            }
        }
        return out;
    }

    /** The erased type name as written: {@code List<Item>} gives {@code List}; {@code var} gives null. */
    static String typeName(Type type) {
        if (type.isVarType()) {
            return null;
        }
        if (type.isArrayType()) {
            String element = typeName(type.asArrayType().getElementType());
            return element == null ? null : element + "[]".repeat(type.getArrayLevel());
        }
        if (type.isClassOrInterfaceType()) {
            return type.asClassOrInterfaceType().getNameWithScope();
        }
        return type.asString();
    }

    static Location location(Node node) {
        return node.getRange()
                .map(r -> new Location(null, r.begin.line, r.begin.column, r.end.line, r.end.column))
                .orElse(new Location(null, 0, 0, 0, 0));
    }

    /** Locations carry the file path; set once here so the walker code stays short. */
    static Location at(String path, Node node) {
        Location l = location(node);
        return new Location(path, l.line(), l.column(), l.endLine(), l.endColumn());
    }
}
