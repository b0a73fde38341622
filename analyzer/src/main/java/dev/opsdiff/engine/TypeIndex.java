package dev.opsdiff.engine;

import dev.opsdiff.source.SourceFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The declared types of both sides by package-qualified name, and a word index of every Java file, built from
 * {@link SourceFacts} (no parsing). Answers: which files declare {@code a.b.C}; which types could extend or implement
 * a simple name; which files mention a word.
 */
final class TypeIndex {
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Z][A-Za-z0-9_]*");

    // Unsorted while the index is built (every file of the tree, in a cold JVM), sorted when first asked for.
    private final Map<String, Collection<String>> filesOfType = new HashMap<>();
    private final Map<String, Collection<String>> typesBySimpleName = new HashMap<>();
    private final Map<String, Collection<String>> subtypeCandidates = new HashMap<>();
    private final Map<String, SourceFacts> factsByPath = new HashMap<>();
    private final Map<String, List<SourceFile>> filesByPath = new HashMap<>();

    /**
     * @param sides  the Java files of each side; a file object present on both sides is scanned once
     * @param facts  how to get a file's facts (the persistent cache, or a scan)
     */
    TypeIndex(Collection<? extends Collection<SourceFile>> sides, FactsSource facts) {
        Map<SourceFile, SourceFacts> seen = new IdentityHashMap<>();
        for (Collection<SourceFile> side : sides) {
            for (SourceFile f : side) {
                if (!f.isJava()) {
                    continue;
                }
                SourceFacts sf = seen.computeIfAbsent(f, facts::of);
                add(f, sf);
            }
        }
    }

    /** Where a file's facts come from. */
    interface FactsSource {
        SourceFacts of(SourceFile file);
    }

    private void add(SourceFile file, SourceFacts facts) {
        String path = file.path();
        List<SourceFile> versions = filesByPath.computeIfAbsent(path, k -> new ArrayList<>(2));
        if (versions.contains(file)) {
            return;
        }
        versions.add(file);
        // Declarations of either version count. Words and flags are looked up for unchanged files only (changed ones
        // are analyzed anyway), whose versions are alike, so the first version's stand for the path.
        factsByPath.merge(path, facts, (a, b) -> a);
        for (SourceFacts.DeclaredType t : facts.types()) {
            filesOfType.computeIfAbsent(t.qualifiedName(), k -> new ArrayList<>(1)).add(path);
            typesBySimpleName.computeIfAbsent(t.simpleName(), k -> new ArrayList<>(1)).add(t.qualifiedName());
            for (String s : t.supertypeWords()) {
                subtypeCandidates.computeIfAbsent(s, k -> new ArrayList<>(1)).add(t.qualifiedName());
            }
        }
    }

    boolean declares(String qualifiedName) {
        return filesOfType.containsKey(qualifiedName);
    }

    /** Paths of the files declaring the type (on either side), sorted. */
    Set<String> filesOf(String qualifiedName) {
        return sorted(filesOfType, qualifiedName);
    }

    /** Qualified names of the types with this simple name, sorted. */
    Set<String> typesNamed(String simpleName) {
        return sorted(typesBySimpleName, simpleName);
    }

    /** Types whose extends/implements clause mentions the simple name (a superset of its direct subtypes), sorted. */
    Set<String> possibleSubtypes(String simpleName) {
        return sorted(subtypeCandidates, simpleName);
    }

    /** The entry as a sorted set, kept so: a check asks for a few of the index's entries. */
    private static Set<String> sorted(Map<String, Collection<String>> map, String key) {
        Collection<String> values = map.get(key);
        if (values == null) {
            return Set.of();
        }
        if (values instanceof TreeSet<String> done) {
            return done;
        }
        TreeSet<String> out = new TreeSet<>(values);
        map.put(key, out);
        return out;
    }

    /**
     * Paths of the files whose text mentions the word as a whole word. Words the index does not keep (not starting
     * with an upper-case letter) are found by reading the text, as before the index existed.
     */
    Set<String> filesMentioning(String word) {
        Set<String> out = new TreeSet<>();
        if (PLAIN_WORD.matcher(word).matches()) {
            // A look-up per file, not an inverted index: a check asks for a few words, an index of every word of
            // every file would cost more to build than these look-ups.
            factsByPath.forEach((path, facts) -> {
                if (facts.words().contains(word)) {
                    out.add(path);
                }
            });
            return out;
        }
        Pattern p = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        filesByPath.forEach((path, versions) -> {
            if (versions.stream().anyMatch(f -> p.matcher(f.text()).find())) {
                out.add(path);
            }
        });
        return out;
    }

    SourceFacts facts(String path) {
        return factsByPath.get(path);
    }
}
