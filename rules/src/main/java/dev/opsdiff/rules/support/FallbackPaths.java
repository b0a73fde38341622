package dev.opsdiff.rules.support;

import dev.opsdiff.catalog.FallbackApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where code runs only because something failed: a catch block, the callback of an error handler
 * ({@code onErrorResume}, {@code exceptionally}, ...; catalog {@code fallbacks: callbacks}), or a fallback method —
 * named by an annotation ({@code @CircuitBreaker(fallbackMethod = "..")}), annotated as one ({@code @Recover}), or a
 * method of a fallback class ({@code @FeignClient(fallback = ..)}).
 */
public final class FallbackPaths {
    private final ResolvedProgram program;
    private Map<String, String> fallbackMethods;
    private final java.util.Set<String> handlerNames = new java.util.HashSet<>();
    private final List<java.util.regex.Pattern> compensations = new java.util.ArrayList<>();

    public FallbackPaths(ResolvedProgram program) {
        this.program = program;
        program.catalog().fallbacks().forEach(f -> {
            if (f.callbacks() != null) {
                handlerNames.addAll(f.callbacks());
            }
            if (f.compensationPattern() != null) {
                compensations.add(java.util.regex.Pattern.compile(f.compensationPattern()));
            }
        });
    }

    /** Why {@code m} as a whole runs only on failure ("fallback of @CircuitBreaker on `quote`"), if it does. */
    public Optional<String> fallbackMethod(MethodModel m) {
        return Optional.ofNullable(fallbackMethods().get(m.id()));
    }

    /**
     * Why {@code site} in {@code m} runs only on failure ("in a catch block"), if it does and answers in place of
     * what failed: a call that creates, compensates or records ({@code compensationPattern}) is a write flow.
     */
    public Optional<String> onFailure(MethodModel m, CallSite site) {
        String name = site.name();
        if (compensations.stream().anyMatch(p -> p.matcher(name).matches())) {
            return Optional.empty();
        }
        if (site.inCatchBlock()) {
            return Optional.of("in a catch block");
        }
        List<ResolvedCall> calls = program.calls(m);
        for (int x = site.callbackOf(); x >= 0 && x < calls.size(); x = calls.get(x).site().callbackOf()) {
            CallSite handler = calls.get(x).site();
            if (handlerNames.contains(handler.name())) {
                return Optional.of("in the error handler `" + handler.name() + "(..)`");
            }
        }
        return fallbackMethod(m);
    }

    private synchronized Map<String, String> fallbackMethods() {
        if (fallbackMethods != null) {
            return fallbackMethods;
        }
        Map<String, String> out = new HashMap<>();
        for (TypeModel type : program.program().types()) {
            for (FallbackApi f : program.catalog().fallbacks()) {
                for (Annotation a : type.annotations()) {
                    if (matches(f, a, type)) {
                        fallbackTypes(f, a, type, out);
                    }
                }
                for (MethodModel m : type.methods()) {
                    for (Annotation a : m.annotations()) {
                        if (matches(f, a, type)) {
                            namedFallbacks(f, a, type, m, out);
                        }
                    }
                }
            }
        }
        fallbackMethods = out;
        return out;
    }

    private boolean matches(FallbackApi f, Annotation a, TypeModel context) {
        if (f.annotations() == null || f.annotations().isEmpty()) {
            return false;
        }
        String q = program.types().resolve(a.name(), context);
        return q != null && f.annotations().contains(q);
    }

    private void namedFallbacks(FallbackApi f, Annotation a, TypeModel type, MethodModel annotated,
                                Map<String, String> out) {
        String label = "@" + simple(a.name());
        if (Boolean.TRUE.equals(f.annotatedIsFallback())) {
            out.putIfAbsent(annotated.id(), "the " + label + " method `" + annotated.displayName() + "`");
        }
        for (String attr : f.methodAttributes() == null ? List.<String>of() : f.methodAttributes()) {
            String name = unquote(a.attributes().get(attr));
            if (name == null) {
                continue;
            }
            for (MethodModel m : type.methods()) {
                if (m.name().equals(name)) {
                    out.putIfAbsent(m.id(), "the fallback of " + label + " on `" + annotated.displayName() + "`");
                }
            }
        }
        fallbackTypes(f, a, type, out);
    }

    private void fallbackTypes(FallbackApi f, Annotation a, TypeModel context, Map<String, String> out) {
        for (String attr : f.typeAttributes() == null ? List.<String>of() : f.typeAttributes()) {
            String literal = unquote(a.attributes().get(attr));
            if (literal == null || !literal.endsWith(".class")) {
                continue;
            }
            String q = program.types().resolve(literal.substring(0, literal.length() - ".class".length()), context);
            Optional<TypeModel> fallbackType = q == null ? Optional.empty() : program.program().type(q);
            if (fallbackType.isEmpty()) {
                continue;
            }
            for (TypeModel t : program.program().types()) {
                // The class and the types nested in it (a fallback factory's anonymous or inner client).
                if (t == fallbackType.get() || t.qualifiedName().startsWith(q + ".")
                        || t.qualifiedName().startsWith(q + "$")) {
                    for (MethodModel m : t.methods()) {
                        out.putIfAbsent(m.id(), "a method of `" + simple(q) + "`, the fallback of @"
                                + simple(a.name()) + " on `" + context.simpleName() + "`");
                    }
                }
            }
        }
    }

    private static String unquote(String raw) {
        return raw == null ? null : raw.replaceAll("[{}\"\\s]", "");
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
