package dev.opsdiff.engine;

import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Simple names of program types and of what they extend or implement, transitively, matched by simple name. */
final class TypeAncestry {
    private final Map<String, List<TypeModel>> bySimpleName = new HashMap<>();
    private final Map<String, TypeModel> byQualifiedName = new HashMap<>();
    private final Map<String, Set<String>> memo = new HashMap<>();

    TypeAncestry(ProgramModel program) {
        for (FileModel f : program.files()) {
            for (TypeModel t : f.types()) {
                bySimpleName.computeIfAbsent(t.simpleName(), k -> new ArrayList<>()).add(t);
                byQualifiedName.put(t.qualifiedName(), t);
            }
        }
    }

    /** The type's simple name and its supertypes' (an over-approximation: homonyms are merged). */
    Set<String> of(String qualifiedType) {
        return ofSimple(simple(qualifiedType));
    }

    /** Whether the caller's type, or a type enclosing it, shares a supertype with the callee's. */
    boolean enclosingMeets(String callerType, Set<String> calleeTypes) {
        for (String t = callerType; t != null; t = byQualifiedName.containsKey(t)
                ? byQualifiedName.get(t).outerType() : null) {
            if (!java.util.Collections.disjoint(of(t), calleeTypes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a receiver written as {@code typeName} can reach the callee; unknown names (type variables) can. */
    boolean meets(String typeName, Set<String> calleeTypes) {
        String name = simple(erased(typeName));
        return !bySimpleName.containsKey(name) || !java.util.Collections.disjoint(ofSimple(name), calleeTypes);
    }

    private Set<String> ofSimple(String simpleName) {
        Set<String> known = memo.get(simpleName);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(simpleName));
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (out.add(name)) {
                for (TypeModel t : bySimpleName.getOrDefault(name, List.of())) {
                    t.supertypes().forEach(s -> todo.add(simple(erased(s))));
                }
            }
        }
        memo.put(simpleName, out);
        return out;
    }

    private static String erased(String typeName) {
        int lt = typeName.indexOf('<');
        return (lt < 0 ? typeName : typeName.substring(0, lt)).replace("[]", "").strip();
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
