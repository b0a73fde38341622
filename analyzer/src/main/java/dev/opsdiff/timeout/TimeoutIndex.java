package dev.opsdiff.timeout;

import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.TypeModel;
import dev.opsdiff.resolve.ResolvedCall;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.values.ConfigProperties;
import dev.opsdiff.values.ValueFolder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The timeout sites of one side, computed on demand and kept for the analysis: per method, per type (class annotations
 * and field initializers) and per configuration property; plus the enclosing deadlines of each method, found up its
 * callers ({@code @Transactional(timeout)}, {@code @TimeLimiter}) so a timeout longer than its deadline can be told.
 */
public final class TimeoutIndex {
    /** Callers further up than this rarely share a deadline with the callee in a way a reviewer can act on. */
    private static final int MAX_CALLER_DEPTH = 6;

    /** An enclosing deadline of a method: its site, and the method that declares it. */
    public record Deadline(TimeoutSite site, String methodId) {
    }

    private final ResolvedProgram program;
    private final ValueFolder folder;
    private final TimeoutSites sites;
    private final Map<String, List<TimeoutSite>> byMethod = new HashMap<>();
    /** Per type name: its sites by owner. Computed when a type is first asked for, not for the whole program. */
    private final Map<String, Map<String, List<TimeoutSite>>> byType = new HashMap<>();
    private List<TimeoutSite> properties;

    private TimeoutIndex(ResolvedProgram program) {
        this.program = program;
        this.folder = new ValueFolder(program.program(), program.types(), program.catalog());
        this.sites = new TimeoutSites(program, folder);
    }

    public static TimeoutIndex of(ResolvedProgram program) {
        return program.analysis(TimeoutIndex.class, TimeoutIndex::new);
    }

    public ResolvedProgram program() {
        return program;
    }

    public ValueFolder folder() {
        return folder;
    }

    public synchronized List<TimeoutSite> ofMethod(MethodModel m) {
        return byMethod.computeIfAbsent(m.id(), k -> sites.ofMethod(m));
    }

    /** Type-level sites by owner ({@code Type} for class annotations, {@code Type#field} for initializers). */
    public synchronized Map<String, List<TimeoutSite>> ofTypes() {
        Map<String, List<TimeoutSite>> all = new LinkedHashMap<>();
        for (TypeModel t : program.program().types()) {
            all.putAll(ofType(t.qualifiedName()));
        }
        return all;
    }

    /** One type's sites by owner: {@code type} for its annotations, {@code type#field} for its initializers. */
    public synchronized Map<String, List<TimeoutSite>> ofType(String type) {
        Map<String, List<TimeoutSite>> known = byType.get(type);
        if (known == null) {
            known = new LinkedHashMap<>();
            for (TimeoutSite s : program.program().type(type).map(sites::ofType).orElse(List.of())) {
                known.computeIfAbsent(s.owner(), k -> new ArrayList<>()).add(s);
            }
            byType.put(type, known);
        }
        return known;
    }

    public synchronized List<TimeoutSite> ofProperties() {
        if (properties == null) {
            properties = PropertyTimeouts.of(ConfigProperties.of(program.program()), program.catalog().timeouts());
        }
        return properties;
    }

    /**
     * Deadlines that enclose a method's work: deadline annotations on the method (or its class) and on the methods
     * that call it, up to {@value #MAX_CALLER_DEPTH} calls up.
     */
    public synchronized List<Deadline> deadlinesAround(MethodModel m) {
        List<Deadline> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Deque<Map.Entry<String, Integer>> work = new ArrayDeque<>();
        work.add(Map.entry(m.id(), 0));
        if (m.isConstructor()) {
            // A client configured in its constructor is bounded by the deadlines around the calls of its methods.
            program.program().type(m.declaringType()).ifPresent(t -> t.methods().stream()
                    .filter(x -> !x.isConstructor()).forEach(x -> work.add(Map.entry(x.id(), 1))));
        }
        while (!work.isEmpty()) {
            Map.Entry<String, Integer> next = work.poll();
            if (!seen.add(next.getKey())) {
                continue;
            }
            MethodModel method = program.program().method(next.getKey()).orElse(null);
            if (method == null) {
                continue;
            }
            deadlinesOf(method).forEach(s -> out.add(new Deadline(s, method.id())));
            if (next.getValue() < MAX_CALLER_DEPTH) {
                program.callersOf(method).stream().map(MethodModel::id).sorted()
                        .forEach(c -> work.add(Map.entry(c, next.getValue() + 1)));
            }
        }
        return out;
    }

    /** Timeouts set by the code a method runs: its own body and its callees', up to {@value #MAX_CALLER_DEPTH} calls down. */
    public synchronized List<TimeoutSite> inner(MethodModel m) {
        List<TimeoutSite> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Deque<Map.Entry<String, Integer>> work = new ArrayDeque<>();
        work.add(Map.entry(m.id(), 0));
        while (!work.isEmpty()) {
            Map.Entry<String, Integer> next = work.poll();
            MethodModel method = program.program().method(next.getKey()).orElse(null);
            if (method == null || !seen.add(next.getKey())) {
                continue;
            }
            out.addAll(ofMethod(method));
            out.addAll(configurationOf(method.declaringType(), seen));
            if (next.getValue() < MAX_CALLER_DEPTH) {
                program.calls(method).forEach(c -> c.targets().forEach(t -> work.add(Map.entry(t, next.getValue() + 1))));
            }
        }
        return out;
    }

    /**
     * How a client class configures itself: timeouts set in its constructors and field initializers apply to every call
     * of its methods ({@code this.http = base.newBuilder().readTimeout(30, SECONDS).build()}). Once per type.
     */
    private List<TimeoutSite> configurationOf(String type, Set<String> seen) {
        if (!seen.add("type:" + type)) {
            return List.of();
        }
        List<TimeoutSite> out = new ArrayList<>();
        ofType(type).values().forEach(sites -> sites.stream().filter(s -> !s.spec().isDeadline()).forEach(out::add));
        program.program().type(type).ifPresent(t -> t.methods().stream().filter(MethodModel::isConstructor)
                .forEach(c -> out.addAll(ofMethod(c))));
        return out;
    }

    /** A method's own deadline, else its class's (a class-level {@code @Transactional(timeout)}). */
    private List<TimeoutSite> deadlinesOf(MethodModel m) {
        List<TimeoutSite> own = ofMethod(m).stream().filter(s -> s.spec().isDeadline() && s.millis() != null).toList();
        if (!own.isEmpty() || m.isConstructor()) {
            return own;
        }
        return ofType(m.declaringType()).getOrDefault(m.declaringType(), List.of()).stream()
                .filter(s -> s.spec().isDeadline() && s.millis() != null).toList();
    }
}
