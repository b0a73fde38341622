package dev.opsdiff.model;

import java.util.List;

/**
 * A field: declared type as written (erased), annotations, and its initializer (source and compact form).
 */
public record Field(String name, String typeName, boolean isStatic, boolean isFinal, List<Annotation> annotations,
                    String initializer, Expr value, Location location) implements java.io.Serializable {
}
