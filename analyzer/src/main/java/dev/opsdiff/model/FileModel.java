package dev.opsdiff.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one source file contributes: its types, its imports, and line-level suppressions
 * ({@code // opsdiff:ignore <rule-id> <reason>}).
 */
public record FileModel(String path, String contentHash, String packageName, Imports imports,
                        List<TypeModel> types, Map<Integer, Set<String>> ignoredLines) implements java.io.Serializable {
}
