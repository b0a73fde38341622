package dev.opsdiff.model;

/** A method parameter: name and declared type as written (erased). */
public record Parameter(String name, String typeName) {
}
