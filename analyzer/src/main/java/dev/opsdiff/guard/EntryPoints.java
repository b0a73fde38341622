package dev.opsdiff.guard;

import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Methods whose repeats matter, from the catalog's {@code entry-point} entries: message listeners, scheduled jobs,
 * web handlers, event listeners and public methods of services and components. Each names how a repeat happens.
 */
public final class EntryPoints {
    private final ResolvedProgram program;
    private final GuardCatalog catalog;

    EntryPoints(ResolvedProgram program, GuardCatalog catalog) {
        this.program = program;
        this.catalog = catalog;
    }

    /** How a repeat of this method happens ("a redelivered message"), or empty when it is not an entry point. */
    public Optional<String> repeat(MethodModel m) {
        if (m.isConstructor() || !m.hasBody() || m.hasModifier("static")) {
            return Optional.empty();
        }
        TypeModel owner = program.program().type(m.declaringType()).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        Set<String> methodAnnotations = qualified(m, owner);
        Set<String> typeAnnotations = new LinkedHashSet<>();
        owner.annotations().forEach(a -> typeAnnotations.add(program.types().resolve(a.name(), owner)));
        for (GuardCatalog.Entry e : catalog.entryPoints()) {
            var api = e.api();
            boolean byMethod = !GuardCatalog.nonNull(api.annotations()).isEmpty();
            boolean byType = !GuardCatalog.nonNull(api.typeAnnotations()).isEmpty();
            boolean bySupertype = !GuardCatalog.nonNull(api.supertypes()).isEmpty();
            if (byType && !GuardCatalog.annotated(api.typeAnnotations(), typeAnnotations)) {
                continue;
            }
            if (byMethod && !GuardCatalog.annotated(api.annotations(), methodAnnotations)) {
                continue;
            }
            if (bySupertype && !(GuardCatalog.typeMatches(api.supertypes(),
                    program.types().closure(owner.qualifiedName())) && e.matchesName(m.name()))) {
                continue;
            }
            // A type-level entry alone (a @Service) makes its public methods entry points.
            if (!byMethod && !bySupertype && !m.hasModifier("public")) {
                continue;
            }
            if (byMethod || byType || bySupertype) {
                return Optional.ofNullable(api.repeat()).or(() -> Optional.of("a repeated call"));
            }
        }
        return Optional.empty();
    }

    private Set<String> qualified(MethodModel m, TypeModel owner) {
        Set<String> out = new LinkedHashSet<>();
        m.annotations().forEach(a -> out.add(program.types().resolve(a.name(), owner)));
        return out;
    }
}
