package dev.opsdiff.values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Catalog type names, exact or with {@code *} globs ({@code *Grpc.*BlockingStub}), matched against resolved types. */
public final class TypeGlobs {
    private final List<String> exact = new ArrayList<>();
    private final List<Pattern> globs = new ArrayList<>();

    public TypeGlobs(Collection<String> types) {
        if (types == null) {
            return;
        }
        for (String t : types) {
            if (t.contains("*")) {
                globs.add(Pattern.compile(Pattern.quote(t).replace("*", "\\E.*\\Q")));
            } else {
                exact.add(t);
            }
        }
    }

    public boolean isEmpty() {
        return exact.isEmpty() && globs.isEmpty();
    }

    public boolean matches(String type) {
        return type != null && (exact.contains(type) || globs.stream().anyMatch(p -> p.matcher(type).matches()));
    }

    /** Whether any type of a supertype closure matches. */
    public boolean matchesAny(Collection<String> closure) {
        return closure.stream().anyMatch(this::matches);
    }
}
