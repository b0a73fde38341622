package dev.opsdiff.retry;

import dev.opsdiff.catalog.EffectKind;
import dev.opsdiff.catalog.RetryApi;
import dev.opsdiff.model.Annotation;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.values.CallChains;
import dev.opsdiff.values.TypeGlobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which calls are work a retry repeats (effects from the catalog, calls on library clients, project interfaces with no
 * implementation in the sources), and which of them are not safe to repeat.
 */
final class Leaves {
    /** Compiled once: this runs for every call site, line or node. */
    private static final java.util.regex.Pattern TYPE_ARGUMENTS = java.util.regex.Pattern.compile("<.*");
    /** In-process JDK and logging calls: repeating them is free, so they are never the work a retry repeats. */
    private static final List<String> IN_PROCESS = List.of("java.lang.", "java.util.", "java.time.", "java.math.",
            "java.text.", "java.nio.", "org.slf4j.", "org.apache.logging.", "org.apache.commons.logging.",
            "ch.qos.logback.", "com.fasterxml.jackson.", "io.micrometer.", "com.google.common.base.",
            "com.google.common.collect.", "org.apache.commons.lang.", "org.apache.commons.lang3.",
            "org.apache.commons.collections.", "org.apache.commons.collections4.");

    /**
     * Whether a qualified type is JDK, logging or collection/string utility code (Guava collect, Commons Lang), which
     * is never the work a retry or a time gate holds back.
     */
    static boolean inProcess(String qualifiedType) {
        return IN_PROCESS.stream().anyMatch(qualifiedType::startsWith);
    }

    /** JDK functional interfaces a retry helper takes its work as, and the methods that run them. */
    private static final Set<String> FUNCTIONAL_TYPES = Set.of("Supplier", "Callable", "Runnable", "Function",
            "BiFunction", "Consumer", "BiConsumer", "CheckedSupplier", "CheckedRunnable", "CheckedFunction",
            "ThrowingSupplier", "ThrowingRunnable");
    private static final Set<String> CALLBACK_METHODS = Set.of("get", "call", "run", "apply", "accept");

    private record NonIdempotent(RetryApi api, TypeGlobs types, Pattern pattern) {
    }

    private final ResolvedProgram program;
    /** Retry libraries' own types (RetryTemplate, Retry, Failsafe): building or running a retry is not the work. */
    private final TypeGlobs retryTypes;
    private final List<NonIdempotent> rules = new ArrayList<>();
    private final Set<String> annotations = new LinkedHashSet<>();

    /** A piece of work: its key, how it reads, and why it is not idempotent (or null). */
    record Work(String key, String text, String nonIdempotent) {
    }

    Leaves(ResolvedProgram program) {
        this.program = program;
        List<String> constructs = new ArrayList<>();
        for (RetryApi r : program.catalog().retries()) {
            if (r.isConstruct() && r.types() != null && !r.upstream()) {
                constructs.addAll(r.types());
            }
        }
        this.retryTypes = new TypeGlobs(constructs);
        for (RetryApi r : program.catalog().retries()) {
            if (r.nonIdempotent() != null || r.nonIdempotentArguments() != null || r.nonIdempotentPattern() != null) {
                rules.add(new NonIdempotent(r, new TypeGlobs(r.types()),
                        r.nonIdempotentPattern() == null ? null : Pattern.compile(r.nonIdempotentPattern())));
            }
            if (r.nonIdempotentAnnotations() != null) {
                annotations.addAll(r.nonIdempotentAnnotations());
            }
        }
    }

    /** The work a call does, or empty when it is in-process or goes into project code with a body (followed instead). */
    Optional<Work> of(MethodModel m, List<ResolvedCall> calls, ResolvedCall rc) {
        CallSite site = rc.site();
        TypeModel owner = program.program().type(m.declaringType()).orElseThrow();
        String text = site.shortText();
        if (rc.effect() != null) {
            String why = switch (rc.effect().kind()) {
                case DB_WRITE -> "database write";
                case MESSAGE_SEND -> "message send";
                default -> null;
            };
            if (why == null && rc.effect().kind() == EffectKind.REMOTE_CALL) {
                why = remoteWhy(calls, rc, owner);
            }
            return Optional.of(new Work(rc.effect().kind().id() + ":" + rc.effect().api(), text, why));
        }
        if (!rc.targets().isEmpty()) {
            List<MethodModel> targets = rc.targets().stream().map(t -> program.program().method(t).orElse(null))
                    .filter(x -> x != null).toList();
            if (targets.stream().noneMatch(MethodModel::hasBody) && !targets.isEmpty()) {
                MethodModel port = targets.get(0);
                return Optional.of(new Work("call:" + port.displayName(), text, portWhy(port)));
            }
            return Optional.empty();
        }
        if (site.receiver().kind() == Receiver.Kind.CALL_RESULT || site.receiver().kind() == Receiver.Kind.UNKNOWN
                || site.receiver().kind() == Receiver.Kind.THIS || site.receiver().kind() == Receiver.Kind.SUPER) {
            return Optional.empty(); // a chain is keyed by its first call; unknown receivers stay silent
        }
        Optional<Work> callback = callbackParameter(m, site);
        if (callback.isPresent()) {
            return callback;
        }
        String type = program.types().resolve(site.receiver().typeName(), owner);
        if (type != null && program.program().type(type).isPresent()) {
            return inheritedFromUnseen(type, site);
        }
        if (type == null || !type.contains(".") || IN_PROCESS.stream().anyMatch(type::startsWith)
                || retryTypes.matchesAny(program.types().closure(type))) {
            return Optional.empty();
        }
        return Optional.of(new Work("call:" + simple(type) + "." + site.name(), text, remoteWhy(calls, rc, owner)));
    }

    /**
     * {@code supplier.get()} on a functional parameter ({@code Supplier}, {@code Callable}, {@code Runnable},
     * {@code Function}…): a helper that retries it retries whatever its callers pass, so the callback is the work.
     */
    private static Optional<Work> callbackParameter(MethodModel m, CallSite site) {
        if (site.receiver().kind() != Receiver.Kind.VARIABLE || !CALLBACK_METHODS.contains(site.name())) {
            return Optional.empty();
        }
        for (var p : m.parameters()) {
            String type = p.typeName() == null ? "" : TYPE_ARGUMENTS.matcher(p.typeName()).replaceAll("");
            if (p.name().equals(site.receiver().text()) && FUNCTIONAL_TYPES.contains(simple(type))) {
                return Optional.of(new Work("callback:" + m.displayName() + "#" + p.name(), site.shortText(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * A project type in view whose method comes from a project supertype that is not ({@code Connection implements
     * Requester}, {@code requestFuture} declared in {@code Requester}): like a port, its work is out of view.
     */
    private Optional<Work> inheritedFromUnseen(String type, CallSite site) {
        List<String> closure = program.types().closure(type);
        boolean unseenProjectSupertype = closure.stream().anyMatch(t -> t.contains(".")
                && program.program().type(t).isEmpty() && IN_PROCESS.stream().noneMatch(t::startsWith)
                && sameRoot(t, type));
        if (!unseenProjectSupertype) {
            return Optional.empty();
        }
        return Optional.of(new Work("call:" + simple(type) + "." + site.name(), site.shortText(), null));
    }

    /** The first two package segments agree ({@code com.alibaba}): the supertype belongs to the same project. */
    private static boolean sameRoot(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        return x.length > 2 && y.length > 2 && x[0].equals(y[0]) && x[1].equals(y[1]);
    }

    /** A POST/PATCH/send by the catalog, a request method argument, or a payment-like name. */
    private String remoteWhy(List<ResolvedCall> calls, ResolvedCall rc, TypeModel owner) {
        CallSite site = rc.site();
        Set<String> chain = new LinkedHashSet<>();
        CallChains.types(program, calls, site.index(), owner, chain);
        for (NonIdempotent n : rules) {
            boolean typed = !n.types().isEmpty() && n.types().matchesAny(chain);
            if (typed && n.api().nonIdempotent() != null && n.api().nonIdempotent().contains(site.name())) {
                return site.name().startsWith("post") ? "POST" : site.name().startsWith("patch") ? "PATCH"
                        : "`" + site.name() + "`";
            }
            if (typed && n.api().nonIdempotentArguments() != null) {
                for (Expr a : site.args()) {
                    if (n.api().nonIdempotentArguments().contains(a.text())) {
                        return a.text().substring(a.text().lastIndexOf('.') + 1);
                    }
                }
            }
            if (n.pattern() != null && n.pattern().matcher(site.name()).matches()) {
                return "a payment-like operation";
            }
        }
        // A declared client interface (@FeignClient, @HttpExchange): the method's own mapping says.
        Receiver r = site.receiver();
        if (r.kind() == Receiver.Kind.VARIABLE) {
            Optional<TypeModel> client = program.program().type(program.types().resolve(r.typeName(), owner));
            if (client.isPresent()) {
                for (MethodModel x : client.get().methods()) {
                    String why = x.name().equals(site.name()) ? portWhy(x) : null;
                    if (why != null) {
                        return why;
                    }
                }
            }
        }
        return null;
    }

    /** A project interface method mapped to POST/PATCH, or named like a payment operation. */
    private String portWhy(MethodModel port) {
        TypeModel owner = program.program().type(port.declaringType()).orElseThrow();
        for (Annotation a : port.annotations()) {
            String q = program.types().resolve(a.name(), owner);
            if (annotations.contains(q)) {
                return "@" + a.simpleName();
            }
        }
        for (NonIdempotent n : rules) {
            if (n.pattern() != null && n.pattern().matcher(port.name()).matches()) {
                return "a payment-like operation";
            }
        }
        return null;
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
