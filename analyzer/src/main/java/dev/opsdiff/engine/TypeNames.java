package dev.opsdiff.engine;

import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Field;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Parameter;
import dev.opsdiff.model.TypeModel;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Resolves a type name as written in one file to the project types it can denote, the way the compiler would:
 * enclosing types, single-type imports, the file's own package, on-demand imports; and — as the analysis's own
 * resolver does for names nothing else explains — a simple name declared exactly once in the project. Library
 * types resolve to nothing: there is no file to load for them.
 */
final class TypeNames {
    /** java.lang names a project might also declare; the compiler prefers neither, but service code means these. */
    private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Object", "Math", "Thread",
            "System", "Iterable", "Character", "Boolean", "Double", "Runnable", "StringBuilder", "Float", "Short",
            "Byte", "Number", "Exception", "RuntimeException", "Error", "Throwable", "Class", "Enum", "Record",
            "Void", "Override", "Deprecated", "FunctionalInterface", "SuppressWarnings", "AutoCloseable",
            "Comparable", "CharSequence", "Process", "Runtime", "ThreadLocal");

    private final TypeIndex index;
    private final FileModel file;

    TypeNames(TypeIndex index, FileModel file) {
        this.index = index;
        this.file = file;
    }

    Set<String> resolve(String written, TypeModel context) {
        Set<String> out = new LinkedHashSet<>();
        String name = erase(written);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return out;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            if (index.declares(name)) {
                out.add(name);
                return out;
            }
            String rest = name.substring(dot);
            for (String head : resolve(name.substring(0, dot), context)) {
                if (index.declares(head + rest)) {
                    out.add(head + rest);
                }
            }
            return out;
        }
        for (String t = context == null ? null : context.qualifiedName(); t != null; t = enclosing(t)) {
            if (index.declares(t + "." + name)) {
                out.add(t + "." + name);
                return out;
            }
            if (t.equals(name) || t.endsWith("." + name)) {
                out.add(t);
                return out;
            }
        }
        String imported = file.imports().single().get(name);
        if (imported != null) {
            if (index.declares(imported)) {
                out.add(imported);
            }
            return out;
        }
        String samePackage = file.packageName().isEmpty() ? name : file.packageName() + "." + name;
        if (index.declares(samePackage)) {
            out.add(samePackage);
            return out;
        }
        for (String pkg : file.imports().onDemand()) {
            if (index.declares(pkg + "." + name)) {
                out.add(pkg + "." + name);
            }
        }
        if (out.isEmpty() && !JAVA_LANG.contains(name) && index.typesNamed(name).size() == 1) {
            out.addAll(index.typesNamed(name));
        }
        return out;
    }

    /** The type enclosing a nested project type, or null for a top-level one. */
    String enclosing(String qualified) {
        int dot = qualified.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String outer = qualified.substring(0, dot);
        return index.declares(outer) ? outer : null;
    }

    /** Project types a type's declarations mention: supertypes, annotations, fields, signatures, receivers. */
    Set<String> mentionedBy(TypeModel t) {
        Set<String> out = new LinkedHashSet<>();
        t.supertypes().forEach(s -> out.addAll(resolve(s, t)));
        t.annotations().forEach(a -> out.addAll(resolve(a.name(), t)));
        for (Field f : t.fields()) {
            out.addAll(resolve(f.typeName(), t));
        }
        for (MethodModel m : t.methods()) {
            out.addAll(resolve(m.returnType(), t));
            for (Parameter p : m.parameters()) {
                out.addAll(resolve(p.typeName(), t));
            }
            for (Annotation a : m.annotations()) {
                out.addAll(resolve(a.name(), t));
            }
            for (CallSite c : m.calls()) {
                out.addAll(resolve(c.receiver().typeName(), t));
            }
        }
        return out;
    }

    /** The type as a name: generics, array brackets and varargs dots removed. */
    static String erase(String written) {
        if (written == null) {
            return "";
        }
        String s = written.strip();
        int lt = s.indexOf('<');
        if (lt >= 0) {
            s = s.substring(0, lt);
        }
        s = s.replace("[]", "").replace("...", "");
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        return s.strip();
    }
}
