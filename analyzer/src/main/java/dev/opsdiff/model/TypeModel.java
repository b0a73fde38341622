package dev.opsdiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared type (top-level or nested).
 *
 * @param qualifiedName e.g. {@code com.acme.Outer.Inner}
 * @param supertypes    extended and implemented types as written (erased)
 */
public record TypeModel(String qualifiedName, String simpleName, TypeKind kind, String path, String packageName,
                        String outerType, List<String> supertypes, List<Annotation> annotations,
                        List<Field> fields, List<MethodModel> methods, Location location) implements java.io.Serializable {

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean hasAnnotation(String simpleName) {
        return annotations.stream().anyMatch(a -> a.simpleName().equals(simpleName));
    }

    public boolean isInterface() {
        return kind == TypeKind.INTERFACE;
    }

    /**
     * From the type's identity only (consistent with the structural {@code equals}): types are map keys in matching
     * and reach, and a record's own hash walks every field, annotation and method each time.
     */
    @Override
    public int hashCode() {
        return 31 * qualifiedName.hashCode() + Objects.hashCode(path);
    }
}
