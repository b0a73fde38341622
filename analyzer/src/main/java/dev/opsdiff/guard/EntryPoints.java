package dev.opsdiff.guard;

import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.source.Patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Methods whose repeats matter, from the catalog's {@code entry-point} entries: message listeners, scheduled jobs,
 * web handlers, event listeners and public methods of services and components. Each names how a repeat happens.
 */
public final class EntryPoints {
    private final ResolvedProgram program;
    private final GuardCatalog catalog;
    /** Types in view by each of their supertypes, built on first use. */
    private Map<String, List<TypeModel>> subclasses;

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
            if (api.settings() != null && !api.settings().isEmpty()) {
                Optional<String> byConvention = byConvention(e, m, owner);
                if (byConvention.isPresent()) {
                    return byConvention;
                }
                continue;
            }
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
        return inheritedByComponents(m, owner);
    }

    /**
     * A public method of an abstract base class that concrete {@code @Service}/{@code @Component} subclasses in view
     * inherit without overriding: callers reach it through those beans.
     */
    private Optional<String> inheritedByComponents(MethodModel m, TypeModel owner) {
        if (!m.hasModifier("public") || owner.isInterface()) {
            return Optional.empty();
        }
        for (TypeModel sub : subclasses(owner)) {
            boolean overrides = sub.methods().stream().anyMatch(x -> x.signature().equals(m.signature()));
            if (overrides) {
                continue;
            }
            Set<String> annotations = new LinkedHashSet<>();
            sub.annotations().forEach(a -> annotations.add(program.types().resolve(a.name(), sub)));
            for (GuardCatalog.Entry e : catalog.entryPoints()) {
                var api = e.api();
                boolean typeOnly = !GuardCatalog.nonNull(api.typeAnnotations()).isEmpty()
                        && GuardCatalog.nonNull(api.annotations()).isEmpty();
                if (typeOnly && GuardCatalog.annotated(api.typeAnnotations(), annotations)) {
                    return Optional.ofNullable(api.repeat()).or(() -> Optional.of("a repeated call"));
                }
            }
        }
        return Optional.empty();
    }

    private synchronized List<TypeModel> subclasses(TypeModel owner) {
        if (subclasses == null) {
            subclasses = new HashMap<>();
            for (TypeModel t : program.program().types()) {
                for (String sup : program.types().closure(t.qualifiedName())) {
                    if (!sup.equals(t.qualifiedName())) {
                        subclasses.computeIfAbsent(sup, k -> new ArrayList<>()).add(t);
                    }
                }
            }
        }
        return subclasses.getOrDefault(owner.qualifiedName(), List.of());
    }

    /**
     * Entry points known by how the class is wired rather than by a framework annotation on it (catalog
     * {@code settings}): a dependency-injected bean ({@code @Inject} constructor) serving the interface it implements,
     * or a project handler ({@code implements StateEventHandler}) whose callback runs per event. Only methods that
     * implement an interface method ({@code @Override}) qualify; getters and helpers of such classes do not.
     */
    private Optional<String> byConvention(GuardCatalog.Entry e, MethodModel m, TypeModel owner) {
        Map<String, Object> settings = e.api().settings();
        if (!m.hasModifier("public") || m.annotations().stream().noneMatch(a -> a.simpleName().equals("Override"))) {
            return Optional.empty();
        }
        Object ctorAnnotations = settings.get("constructorAnnotations");
        if (ctorAnnotations instanceof List<?> wanted) {
            boolean injected = owner.methods().stream().filter(MethodModel::isConstructor)
                    .anyMatch(c -> c.annotations().stream().anyMatch(a -> wanted.contains(
                            program.types().resolve(a.name(), owner))));
            if (!injected) {
                return Optional.empty();
            }
        }
        Object supertypeNames = settings.get("supertypeNames");
        if (supertypeNames != null) {
            Pattern names = Patterns.of(String.valueOf(supertypeNames));
            boolean handler = owner.supertypes().stream().map(GuardCatalog::simple)
                    .anyMatch(t -> names.matcher(t).matches());
            if (!handler || !e.matchesName(m.name())) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(e.api().repeat()).or(() -> Optional.of("a repeated call"));
    }

    private Set<String> qualified(MethodModel m, TypeModel owner) {
        Set<String> out = new LinkedHashSet<>();
        m.annotations().forEach(a -> out.add(program.types().resolve(a.name(), owner)));
        return out;
    }
}
