package dev.opsdiff.resolve;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.CatalogData;
import dev.opsdiff.catalog.Effect;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What annotations make of a call: a type annotation that makes every method a call ({@code @FeignClient}), a method
 * annotation whose proxy does the effect ({@code @Cacheable}), and the proxy entries ({@code @Transactional}) the
 * rules about proxies and regions read.
 */
final class AnnotationEffects {
    private final ProgramModel program;
    private final Catalog catalog;
    private final TypeResolver types;

    AnnotationEffects(ProgramModel program, Catalog catalog, TypeResolver types) {
        this.program = program;
        this.catalog = catalog;
        this.types = types;
    }

    /** Interfaces such as {@code @FeignClient} or {@code @Mapper}: every method is a call (before SQL batching). */
    Optional<Effect> ofAnnotatedType(List<String> closure, CallSite site) {
        for (String t : closure) {
            Optional<TypeModel> type = program.type(t);
            if (type.isEmpty() || type.get().annotations().isEmpty()) {
                continue;
            }
            Set<String> qualified = qualifiedAnnotations(type.get().annotations(), type.get());
            Optional<Effect> e = catalog.effectOfAnnotatedType(qualified, type.get().simpleName(), site.name());
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** {@code @Cacheable} and friends on the called method: the proxy does the effect. */
    Optional<Effect> proxied(List<String> methodIds) {
        for (String id : methodIds) {
            MethodModel m = program.method(id).orElseThrow();
            if (m.annotations().isEmpty()) {
                continue;
            }
            TypeModel owner = program.type(m.declaringType()).orElseThrow();
            Set<String> qualified = qualifiedAnnotations(m.annotations(), owner);
            Optional<CatalogData.MethodAnnotation> ma = catalog.methodAnnotation(qualified);
            if (ma.isPresent()) {
                String resource = resourceName(m, ma.get());
                String api = "@" + simple(ma.get().annotations().get(0)) + " " + m.displayName();
                boolean remote = ma.get().remote() == null || ma.get().remote();
                return Optional.of(new Effect(ma.get().effect(), api, resource, remote, false, ma.get().library()));
            }
        }
        return Optional.empty();
    }

    /**
     * An interface call whose every implementation carries the annotation ({@code @Cacheable} on the service class's
     * method, called through the service interface): the bean's proxy applies it all the same.
     */
    Optional<Effect> proxiedByEveryImplementation(List<String> targets, List<String> declared) {
        List<String> implementations = targets.stream().filter(id -> !declared.contains(id))
                .filter(id -> program.method(id).map(MethodModel::hasBody).orElse(false)).toList();
        if (implementations.isEmpty()) {
            return Optional.empty();
        }
        Optional<Effect> first = Optional.empty();
        for (String id : implementations) {
            Optional<Effect> e = proxied(List.of(id));
            if (e.isEmpty() || first.isPresent() && first.get().kind() != e.get().kind()) {
                return Optional.empty();
            }
            first = first.or(() -> e);
        }
        return first;
    }

    private static String resourceName(MethodModel m, CatalogData.MethodAnnotation ma) {
        for (Annotation a : m.annotations()) {
            if (ma.annotations().stream().anyMatch(q -> simple(q).equals(a.simpleName()))) {
                for (String attr : ma.resourceAttributes() == null ? List.<String>of() : ma.resourceAttributes()) {
                    String v = a.attributes().get(attr);
                    if (v != null) {
                        return v.replaceAll("[{}\"\\s]", "");
                    }
                }
            }
        }
        return m.displayName();
    }

    /**
     * The catalog's proxy entries ({@code @Transactional}, {@code @Cacheable}, ...) that apply to calls of {@code m}
     * through its bean: its own annotations and, for a public method, its declaring type's (class-level
     * {@code @Transactional}) when {@code withType}.
     */
    List<dev.opsdiff.catalog.ProxyApi> proxiesOn(MethodModel m, boolean withType) {
        TypeModel owner = program.type(m.declaringType()).orElse(null);
        if (owner == null) {
            return List.of();
        }
        Set<String> qualified = qualifiedAnnotations(m.annotations(), owner);
        if (withType && m.modifiers().contains("public")) {
            qualified.addAll(qualifiedAnnotations(owner.annotations(), owner));
        }
        return qualified.isEmpty() ? List.of() : catalog.proxiesOf(qualified);
    }

    private Set<String> qualifiedAnnotations(List<Annotation> annotations, TypeModel context) {
        Set<String> out = new LinkedHashSet<>();
        for (Annotation a : annotations) {
            out.add(types.resolve(a.name(), context));
        }
        return out;
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
