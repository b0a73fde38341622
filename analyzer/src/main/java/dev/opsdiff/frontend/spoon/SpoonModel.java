package dev.opsdiff.frontend.spoon;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.source.SourceFile;
import spoon.Launcher;
import spoon.compiler.Environment;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtNewClass;
import spoon.reflect.code.CtSuperAccess;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtCompilationUnit;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtTypeParameterReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;
import spoon.support.compiler.VirtualFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One Spoon model of a set of source files (in noclasspath mode: a type neither in the files nor on the classpath
 * stays unresolved instead of failing the build), reduced to {@link FileFacts} per file. The Spoon model is dropped
 * as soon as the facts are read.
 */
final class SpoonModel {
    /** The newest source level the bundled JDT accepts that the engine's model also covers. */
    private static final int COMPLIANCE = 17;

    static {
        // Spoon logs through SLF4J; without a binding (the command line has none) SLF4J 2 warns on stderr at first
        // use. A host that binds SLF4J (Maven) is unaffected; one that set the property keeps its choice.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private final Map<String, FileFacts> facts = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    /** Qualified name to resolvability: shadow types are built by reflection, once per name. */
    private final Map<String, Boolean> resolvable = new HashMap<>();

    private SpoonModel() {
    }

    /**
     * Models {@code files} together (so they resolve each other) against {@code classpath}. When Spoon rejects the
     * set as a whole, each file is modelled alone, so that only the files it cannot read lose precision.
     */
    static SpoonModel of(List<SourceFile> files, List<Path> classpath) {
        SpoonModel model = new SpoonModel();
        try {
            model.read(build(files, classpath), files);
        } catch (RuntimeException | LinkageError e) {
            if (files.size() == 1) {
                model.failures.put(files.get(0).path(), reason(e));
                return model;
            }
            for (SourceFile file : files) {
                SpoonModel alone = of(List.of(file), classpath);
                model.facts.putAll(alone.facts);
                model.failures.putAll(alone.failures);
            }
        }
        return model;
    }

    /** Facts of the files Spoon modelled. */
    Map<String, FileFacts> facts() {
        return facts;
    }

    /** Files Spoon could not model, with the reason. */
    Map<String, String> failures() {
        return failures;
    }

    private static CtModel build(List<SourceFile> files, List<Path> classpath) {
        Launcher launcher = new Launcher();
        Environment env = launcher.getEnvironment();
        env.setNoClasspath(true);
        env.setComplianceLevel(COMPLIANCE);
        env.setCommentEnabled(false);
        env.setIgnoreDuplicateDeclarations(true);
        env.setShouldCompile(false);
        env.setLevel("OFF");
        env.setSourceClasspath(classpath.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new));
        for (SourceFile file : files) {
            launcher.addInputResource(new VirtualFile(file.text(), file.path()));
        }
        return launcher.buildModel();
    }

    private void read(CtModel model, List<SourceFile> files) {
        Map<String, List<CtType<?>>> typesByFile = new HashMap<>();
        for (CtType<?> type : model.getAllTypes()) {
            SourcePosition p = type.getPosition();
            if (p.isValidPosition() && p.getFile() != null) {
                typesByFile.computeIfAbsent(pathOf(p), k -> new ArrayList<>()).add(type);
            }
        }
        for (SourceFile file : files) {
            List<CtType<?>> types = typesByFile.get(file.path());
            if (types == null) {
                failures.put(file.path(), "Spoon built no type from it");
                continue;
            }
            try {
                facts.put(file.path(), factsOf(types, file.text()));
            } catch (RuntimeException | LinkageError e) {
                failures.put(file.path(), reason(e));
            }
        }
    }

    private static String pathOf(SourcePosition p) {
        CtCompilationUnit cu = p.getCompilationUnit();
        String name = p.getFile().getPath();
        return cu != null && cu.getFile() != null ? cu.getFile().getPath().replace('\\', '/') : name.replace('\\', '/');
    }

    private FileFacts factsOf(List<CtType<?>> topLevel, String text) {
        Map<String, FileFacts.CallFact> calls = new HashMap<>();
        Map<String, List<String>> ancestors = new HashMap<>();
        for (CtType<?> top : topLevel) {
            List<CtType<?>> all = new ArrayList<>(List.of(top));
            all.addAll(top.getElements(new TypeFilter<>(CtType.class)).stream()
                    .filter(t -> t != top && !t.isAnonymous() && !t.isLocalType()).map(t -> (CtType<?>) t).toList());
            for (CtType<?> t : all) {
                List<String> library = libraryAncestors(t);
                if (!library.isEmpty()) {
                    ancestors.put(dotted(t.getQualifiedName()), library);
                }
            }
            for (CtElement e : top.getElements(new TypeFilter<>(CtElement.class))) {
                if (e instanceof CtAbstractInvocation<?> || e instanceof CtExecutableReferenceExpression<?, ?>) {
                    call(e, calls, text);
                }
            }
        }
        return new FileFacts(Map.copyOf(calls), Map.copyOf(ancestors));
    }

    private void call(CtElement e, Map<String, FileFacts.CallFact> out, String text) {
        SourcePosition p = e.getPosition();
        if (!p.isValidPosition()) {
            return; // implicit super() and the like: not in the source, not in the model
        }
        String name;
        CtExpression<?> target = null;
        String receiver;
        CtExecutableReference<?> callee;
        if (e instanceof CtConstructorCall<?> c) {
            name = CallSite.CONSTRUCTOR;
            receiver = c instanceof CtNewClass<?> ? null : typeName(c.getType());
            callee = c.getExecutable();
        } else if (e instanceof CtInvocation<?> i) {
            if (i.getExecutable().isConstructor()) {
                return; // this(..) and super(..)
            }
            name = i.getExecutable().getSimpleName();
            target = i.getTarget();
            receiver = receiverType(target);
            callee = i.getExecutable();
        } else if (e instanceof CtExecutableReferenceExpression<?, ?> r) {
            name = r.getExecutable().getSimpleName();
            callee = r.getExecutable();
            name = name.equals("<init>") ? "new" : name;
            target = r.getTarget();
            receiver = receiverType(target);
        } else {
            return;
        }
        boolean isName = target instanceof CtVariableRead<?> || target instanceof CtFieldRead<?>;
        String chosen = argumentsKnown(e) ? signature(callee) : null;
        out.put(key(p, text, name), new FileFacts.CallFact(receiver, isName, chosen));
    }

    /**
     * The call's key where the JavaParser model ends it, at the closing parenthesis: Spoon ends a call written as a
     * statement at its semicolon instead.
     */
    static String key(SourcePosition p, String text, String name) {
        int end = p.getSourceEnd();
        if (end <= 0 || end >= text.length() || text.charAt(end) != ';') {
            return FileFacts.callKey(p.getEndLine(), p.getEndColumn(), name);
        }
        int at = end - 1;
        while (at > 0 && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        int line = p.getEndLine();
        for (int i = at + 1; i < end; i++) {
            line -= text.charAt(i) == '\n' ? 1 : 0;
        }
        return FileFacts.callKey(line, at - text.lastIndexOf('\n', at), name);
    }

    /**
     * Whether the compiler's overload choice rests on known types: every argument's (a method reference's target
     * interface). With an argument of a type nowhere on the classpath, JDT still names a "closest" overload — a guess
     * that is not kept.
     */
    private boolean argumentsKnown(CtElement call) {
        if (call instanceof CtExecutableReferenceExpression<?, ?> r) {
            return known(r.getType());
        }
        for (CtExpression<?> a : ((CtAbstractInvocation<?>) call).getArguments()) {
            if (!known(a.getType())) {
                return false;
            }
        }
        return true;
    }

    private boolean known(CtTypeReference<?> type) {
        if (type == null) {
            return false;
        }
        if (type instanceof CtArrayTypeReference<?> array) {
            return known(array.getArrayType());
        }
        return type.isPrimitive() || type instanceof CtTypeParameterReference
                || CtTypeReference.NULL_TYPE_NAME.equals(type.getSimpleName()) || resolves(type);
    }

    /**
     * The chosen overload as {@link dev.opsdiff.model.MethodModel#signature()} writes it: its name and the simple
     * names of its parameter types as declared ({@code T}, {@code List}, {@code String[]} for varargs). Only for a
     * declaration among the modelled sources — the model holds no other methods — and null when Spoon did not
     * resolve the call to one (an argument of an unknown type, a method of a jar type).
     */
    private static String signature(CtExecutableReference<?> callee) {
        if (callee == null) {
            return null;
        }
        try {
            CtExecutable<?> declaration = callee.getDeclaration();
            if (declaration == null || declaration.isImplicit() || !declaration.getPosition().isValidPosition()) {
                return null;
            }
            StringJoiner params = new StringJoiner(",", callee.getSimpleName() + "(", ")");
            for (CtParameter<?> p : declaration.getParameters()) {
                CtTypeReference<?> type = p.getType();
                if (type == null || type.getSimpleName() == null || type.getSimpleName().isEmpty()) {
                    return null;
                }
                params.add(type.getSimpleName());
            }
            return params.toString();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private String receiverType(CtExpression<?> target) {
        if (target == null || target instanceof CtThisAccess<?> || target instanceof CtSuperAccess<?>) {
            return null;
        }
        if (target instanceof CtTypeAccess<?> t) {
            return typeName(t.getAccessedType());
        }
        return typeName(target.getType());
    }

    /** Erased, qualified, dotted; null unless Spoon found the type's declaration (sources, classpath or JDK). */
    private String typeName(CtTypeReference<?> type) {
        CtTypeReference<?> t = type instanceof CtTypeParameterReference ? type.getTypeErasure() : type;
        if (t == null || t.isPrimitive() || t instanceof CtArrayTypeReference<?> || t.isAnonymous()
                || t.isLocalType() || t instanceof CtTypeParameterReference) {
            return null;
        }
        String name = t.getQualifiedName();
        if (name == null || name.isEmpty() || name.contains("<") || name.contains("?")) {
            return null;
        }
        return resolves(t) ? dotted(name) : null;
    }

    private boolean resolves(CtTypeReference<?> t) {
        return resolvable.computeIfAbsent(t.getQualifiedName(), k -> {
            try {
                return t.getTypeDeclaration() != null;
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        });
    }

    /**
     * The supertypes of {@code type} that are not among the modelled sources, and theirs, transitively: what a jar
     * declares (a project interface extending a library interface that extends Spring Data's CrudRepository).
     */
    private List<String> libraryAncestors(CtType<?> type) {
        Set<String> out = new LinkedHashSet<>();
        for (CtTypeReference<?> s : supertypes(type)) {
            if (s.getDeclaration() == null) {
                walkBinary(s, out, 0);
            }
        }
        return List.copyOf(out);
    }

    private void walkBinary(CtTypeReference<?> ref, Set<String> out, int depth) {
        String name = ref.getQualifiedName();
        if (depth > 32 || name == null || name.equals("java.lang.Object") || !resolves(ref)
                || !out.add(dotted(name))) {
            return;
        }
        CtType<?> decl;
        try {
            decl = ref.getTypeDeclaration();
        } catch (RuntimeException | LinkageError e) {
            return;
        }
        for (CtTypeReference<?> s : supertypes(decl)) {
            walkBinary(s, out, depth + 1);
        }
    }

    private static List<CtTypeReference<?>> supertypes(CtType<?> type) {
        List<CtTypeReference<?>> out = new ArrayList<>();
        try {
            if (type.getSuperclass() != null) {
                out.add(type.getSuperclass());
            }
            out.addAll(type.getSuperInterfaces());
        } catch (RuntimeException | LinkageError e) {
            // a binary type whose own supertypes are not on the classpath: what was found so far stands
        }
        return out;
    }

    private static String dotted(String qualified) {
        return qualified.replace('$', '.');
    }

    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
