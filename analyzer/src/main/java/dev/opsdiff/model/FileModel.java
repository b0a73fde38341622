package dev.opsdiff.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one source file contributes: its types, its imports, and line-level suppressions
 * ({@code // opsdiff:ignore <rule-id> <reason>}).
 */
public record FileModel(String path, String contentHash, String packageName, Imports imports,
                        List<TypeModel> types, Map<Integer, Set<String>> ignoredLines) implements java.io.Serializable {
    /**
     * From the file's identity only (consistent with the structural {@code equals}): models are map keys in the
     * reach and matching passes, and a record's own hash walks every type, import and suppression each time.
     */
    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Objects.hashCode(contentHash);
    }
}
