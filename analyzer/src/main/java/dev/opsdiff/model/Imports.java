package dev.opsdiff.model;

import java.util.List;
import java.util.Map;

/**
 * The names a file brings into scope.
 *
 * @param single   simple name to qualified name, from {@code import a.b.C;}
 * @param onDemand packages (or types) imported with {@code .*}
 * @param statics  static member name to qualified owner type, from {@code import static a.b.C.m;}
 */
public record Imports(Map<String, String> single, List<String> onDemand, Map<String, String> statics) implements java.io.Serializable {
}
