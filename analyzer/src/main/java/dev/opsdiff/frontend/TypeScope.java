package dev.opsdiff.frontend;

import dev.opsdiff.model.Field;

import java.util.List;
import java.util.Optional;

/** The fields visible from a method: its type's, then the enclosing types'. */
record TypeScope(String qualifiedName, List<Field> fields, TypeScope outer) {
    Optional<Field> field(String name) {
        for (TypeScope s = this; s != null; s = s.outer) {
            for (Field f : s.fields) {
                if (f.name().equals(name)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
