package dev.opsdiff.model;

import java.util.List;

/**
 * A field: declared type as written (erased), annotations, and the initializer's source when it is a constant.
 */
public record Field(String name, String typeName, boolean isStatic, boolean isFinal, List<Annotation> annotations,
                    String initializer, Location location) {
}
