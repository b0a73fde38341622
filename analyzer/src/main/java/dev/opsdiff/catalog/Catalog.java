package dev.opsdiff.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Library knowledge as data: which calls are cache, database and remote effects, which accessors return which
 * client types, which callbacks run per element. Built from the bundled catalog files plus the user's entries,
 * the user's first so they can override.
 */
public final class Catalog {
    private final List<CompiledApi> apis = new ArrayList<>();
    /** Per type name, which entries of {@link #apis} match it: glob matching ran per call and type before. */
    private final Map<String, java.util.BitSet> apisMatching = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<CatalogData.MethodAnnotation> methodAnnotations = new ArrayList<>();
    private final Map<String, List<String>> supertypes = new LinkedHashMap<>();
    private final Vocabulary loops;
    private final List<RetryApi> retries = new ArrayList<>();
    private final List<TimeoutApi> timeouts = new ArrayList<>();
    private final List<GuardApi> guards = new ArrayList<>();
    private final List<RoleApi> roles = new ArrayList<>();
    private final boolean rolesByName;
    private final List<MemoApi> memos = new ArrayList<>();
    private final List<ProxyApi> proxies = new ArrayList<>();
    private final List<RegionApi> regions = new ArrayList<>();
    private final List<FallbackApi> fallbacks = new ArrayList<>();
    private final List<AuthorizationApi> authorization = new ArrayList<>();
    private final List<BackoffApi> backoffs = new ArrayList<>();
    private volatile BackoffVocabulary backoffVocabulary;
    private final List<Pattern> authorizationChecks = new ArrayList<>();
    /** Answers by name and by type: both are asked for every call site of every method a side analyzes. */
    private final Map<String, Boolean> authorizationCheckNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> knownTypes = new java.util.concurrent.ConcurrentHashMap<>();

    public Catalog(List<CatalogData> sources) {
        Set<String> iteration = new LinkedHashSet<>();
        Set<String> always = new LinkedHashSet<>();
        Set<String> streams = new LinkedHashSet<>();
        Set<String> multi = new LinkedHashSet<>();
        Set<String> single = new LinkedHashSet<>();
        Set<String> ranges = new LinkedHashSet<>();
        Set<String> chunks = new LinkedHashSet<>();
        Boolean byName = null;
        for (CatalogData data : sources) {
            roles.addAll(nonNull(data.roles()));
            memos.addAll(nonNull(data.memos()));
            proxies.addAll(nonNull(data.proxies()));
            regions.addAll(nonNull(data.regions()));
            fallbacks.addAll(nonNull(data.fallbacks()));
            backoffs.addAll(nonNull(data.backoffs()));
            for (AuthorizationApi a : nonNull(data.authorization())) {
                authorization.add(a);
                if (a.checkPattern() != null) {
                    authorizationChecks.add(Pattern.compile(a.checkPattern()));
                }
            }
            if (byName == null && data.rolesByName() != null) {
                byName = data.rolesByName(); // user entries come first: the user's setting wins
            }
            for (CatalogData.Api api : nonNull(data.apis())) {
                apis.add(new CompiledApi(api));
            }
            methodAnnotations.addAll(nonNull(data.methodAnnotations()));
            retries.addAll(nonNull(data.retries()));
            timeouts.addAll(nonNull(data.timeouts()));
            guards.addAll(nonNull(data.guards()));
            if (data.supertypes() != null) {
                data.supertypes().forEach((k, v) -> supertypes.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            }
            CatalogData.LoopVocabulary l = data.loops();
            if (l != null) {
                iteration.addAll(nonNull(l.iterationMethods()));
                always.addAll(nonNull(l.alwaysIterate()));
                streams.addAll(nonNull(l.streamSources()));
                multi.addAll(nonNull(l.multiValuedTypes()));
                single.addAll(nonNull(l.singleValuedTypes()));
                ranges.addAll(nonNull(l.rangeSources()));
                chunks.addAll(nonNull(l.chunkMethods()));
            }
        }
        rolesByName = byName == null || byName;
        loops = new Vocabulary(Set.copyOf(iteration), Set.copyOf(always), Set.copyOf(streams), Set.copyOf(multi),
                Set.copyOf(single), Set.copyOf(ranges), Set.copyOf(chunks));
    }

    /** The loop vocabulary, in the form the front end needs. */
    public record Vocabulary(Set<String> iterationMethods, Set<String> alwaysIterate, Set<String> streamSources,
                             Set<String> multiValuedTypes, Set<String> singleValuedTypes, Set<String> rangeSources,
                             Set<String> chunkMethods) {
    }

    public Vocabulary loops() {
        return loops;
    }

    /** Retry constructs, user entries first. */
    public List<RetryApi> retries() {
        return List.copyOf(retries);
    }

    /** The vocabulary of time gates, attempt caps and backoff growth, merged once from every entry. */
    public synchronized BackoffVocabulary backoffs() {
        if (backoffVocabulary == null) {
            backoffVocabulary = BackoffVocabulary.of(backoffs);
        }
        return backoffVocabulary;
    }

    /** Timeout settings, user entries first. */
    public List<TimeoutApi> timeouts() {
        return List.copyOf(timeouts);
    }

    /** Roles of project types by structure or name, user entries first. */
    public List<RoleApi> roles() {
        return List.copyOf(roles);
    }

    /** Whether the lower-confidence by-name roles apply ({@code catalog: { rolesByName: false }} turns them off). */
    public boolean rolesByName() {
        return rolesByName;
    }

    /** Whether {@code method} on a receiver whose type closure is {@code closure} reads a hand-written memo. */
    /** Whether some memo holder reads with a method of this name: a cheap test before resolving the receiver. */
    public boolean isMemoReadName(String method) {
        for (MemoApi m : memos) {
            if (nonNull(m.reads()).contains(method)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMemoRead(List<String> closure, String method) {
        for (MemoApi m : memos) {
            if (nonNull(m.reads()).contains(method) && closure.stream().anyMatch(nonNull(m.types())::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code method}, chained on a wrapper of a cache or memo read, runs its argument only on a miss. */
    public boolean runsOnEmpty(String method) {
        for (MemoApi m : memos) {
            if (nonNull(m.onEmpty()).contains(method)) {
                return true;
            }
        }
        return false;
    }

    /** The proxy entries whose annotations are among {@code qualifiedAnnotations}, user entries first. */
    public List<ProxyApi> proxiesOf(java.util.Collection<String> qualifiedAnnotations) {
        List<ProxyApi> out = new ArrayList<>();
        for (ProxyApi p : proxies) {
            if (nonNull(p.annotations()).stream().anyMatch(qualifiedAnnotations::contains)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether some region entry names {@code method} (a callback, enter or exit), whatever the receiver. */
    public boolean isRegionMethod(String method) {
        return regions.stream().anyMatch(r -> names(r, method));
    }

    private static boolean names(RegionApi r, String method) {
        return nonNull(r.callbacks()).contains(method) || nonNull(r.enter()).contains(method)
                || nonNull(r.exit()).contains(method);
    }

    /** The region entry for {@code method} on a receiver whose type closure is {@code closure}, if it is one. */
    public Optional<RegionApi> regionOf(List<String> closure, String method) {
        for (RegionApi r : regions) {
            if (names(r, method) && closure.stream().anyMatch(nonNull(r.types())::contains)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Where code runs only on failure, besides catch blocks; user entries first. */
    public List<FallbackApi> fallbacks() {
        return List.copyOf(fallbacks);
    }

    /** Whether a call named {@code method} checks authorization (catalog {@code authorization:} checks). */
    public boolean isAuthorizationCheck(String method) {
        return authorizationCheckNames.computeIfAbsent(method, this::namesAuthorizationCheck);
    }

    private boolean namesAuthorizationCheck(String method) {
        for (AuthorizationApi a : authorization) {
            if (nonNull(a.checks()).contains(method)) {
                return true;
            }
        }
        return authorizationChecks.stream().anyMatch(p -> p.matcher(method).matches());
    }

    /** Whether the qualified annotation requires authorization; false for permits and unknown annotations. */
    public boolean requiresAuthorization(String qualifiedAnnotation) {
        return authorization.stream().anyMatch(a -> nonNull(a.annotations()).contains(qualifiedAnnotation));
    }

    /** Idempotency guard shapes, user entries first. */
    public List<GuardApi> guards() {
        return List.copyOf(guards);
    }

    /**
     * The effect of calling {@code method} on a receiver whose type (and supertypes, most specific first) are given.
     */
    public Optional<Effect> effectOf(List<String> typeClosure, String method) {
        java.util.BitSet matching = anyMatching(typeClosure);
        // Entries in catalog order, each tried once: the effect does not depend on which type of the closure matched.
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            // Named after the receiver's own type (OrderRepository), not the library supertype it matched.
            Optional<Effect> e = apis.get(i).effect(typeClosure.get(0), method);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** The entries any type of the closure matches (most project types match none). */
    private java.util.BitSet anyMatching(List<String> typeClosure) {
        if (typeClosure.size() == 1) {
            return apisMatching(typeClosure.get(0));
        }
        java.util.BitSet out = new java.util.BitSet(apis.size());
        for (String type : typeClosure) {
            out.or(apisMatching(type));
        }
        return out;
    }

    /** The effect of calling a method of an interface annotated with one of {@code annotations} (e.g. Feign clients). */
    public Optional<Effect> effectOfAnnotatedType(Collection<String> annotations, String typeName, String method) {
        for (CompiledApi api : apis) {
            if (api.api.annotatedWith() != null && api.api.annotatedWith().stream().anyMatch(annotations::contains)) {
                Optional<Effect> e = api.effect(typeName, method);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private java.util.BitSet apisMatching(String type) {
        return apisMatching.computeIfAbsent(type, t -> {
            java.util.BitSet out = new java.util.BitSet(apis.size());
            for (int i = 0; i < apis.size(); i++) {
                if (apis.get(i).matchesType(t)) {
                    out.set(i);
                }
            }
            return out;
        });
    }

    /** Whether any catalog entry knows this type, so callers can tell library types from unknown ones. */
    public boolean knowsType(String type) {
        return knownTypes.computeIfAbsent(type, this::anyEntryKnows);
    }

    private boolean anyEntryKnows(String type) {
        // Retry and timeout entries count too, so `import java.util.concurrent.*;` still resolves CompletableFuture.
        return !apisMatching(type).isEmpty() || supertypes.containsKey(type)
                || retries.stream().anyMatch(r -> r.types() != null && r.types().contains(type))
                || timeouts.stream().anyMatch(t -> t.types() != null && t.types().contains(type));
    }

    /** The type returned by a fluent accessor such as {@code RedisTemplate.opsForValue()}. */
    public Optional<String> returnType(List<String> typeClosure, String method) {
        java.util.BitSet matching = anyMatching(typeClosure);
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            Map<String, String> returns = apis.get(i).api.returns();
            if (returns != null && returns.containsKey(method)) {
                return Optional.of(returns.get(method));
            }
        }
        return Optional.empty();
    }

    /** Library supertypes declared in the catalog (library jars are not on the path), transitively. */
    public List<String> librarySupertypes(String type) {
        List<String> out = new ArrayList<>();
        collectSupertypes(type, out, new LinkedHashSet<>());
        return out;
    }

    private void collectSupertypes(String type, List<String> out, Set<String> seen) {
        for (String s : supertypes.getOrDefault(type, List.of())) {
            if (seen.add(s)) {
                out.add(s);
                collectSupertypes(s, out, seen);
            }
        }
    }

    /** The proxied effect of a method carrying one of the given (qualified) annotations. */
    public Optional<CatalogData.MethodAnnotation> methodAnnotation(Collection<String> annotations) {
        return methodAnnotations.stream()
                .filter(m -> m.annotations().stream().anyMatch(annotations::contains))
                .findFirst();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An API entry with its type globs and method patterns compiled once. */
    private static final class CompiledApi {
        private final CatalogData.Api api;
        private final Set<String> exactTypes = new LinkedHashSet<>();
        private final List<Pattern> typeGlobs = new ArrayList<>();
        private final List<Pattern> methodPatterns = new ArrayList<>();
        private final Pattern batchPattern;

        CompiledApi(CatalogData.Api api) {
            this.api = api;
            for (String t : nonNull(api.types())) {
                if (t.contains("*")) {
                    typeGlobs.add(Pattern.compile(globToRegex(t)));
                } else {
                    exactTypes.add(t);
                }
            }
            batchPattern = api.batchPattern() == null ? null : Pattern.compile(api.batchPattern());
            for (CatalogData.Call call : nonNull(api.calls())) {
                methodPatterns.add(call.pattern() == null ? null : Pattern.compile(call.pattern()));
            }
        }

        boolean matchesType(String type) {
            return exactTypes.contains(type) || typeGlobs.stream().anyMatch(p -> p.matcher(type).matches());
        }

        Optional<Effect> effect(String type, String method) {
            List<CatalogData.Call> calls = nonNull(api.calls());
            for (int i = 0; i < calls.size(); i++) {
                CatalogData.Call call = calls.get(i);
                Pattern p = methodPatterns.get(i);
                boolean byName = call.methods() != null
                        && (call.methods().contains(method) || call.methods().contains("*"));
                boolean byPattern = p != null && p.matcher(method).matches();
                if (byName || byPattern) {
                    String simple = simpleName(type);
                    boolean batch = (api.batch() != null && api.batch().contains(method))
                            || (batchPattern != null && batchPattern.matcher(method).matches());
                    boolean remote = api.remote() == null || api.remote();
                    boolean loading = api.loading() != null && api.loading().contains(method);
                    return Optional.of(new Effect(call.effect(), simple + "." + method, simple, remote, batch,
                            api.library(), loading));
                }
            }
            return Optional.empty();
        }

        private static String globToRegex(String glob) {
            StringBuilder sb = new StringBuilder();
            for (char c : glob.toCharArray()) {
                if (c == '*') {
                    sb.append(".*");
                } else {
                    sb.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return sb.toString();
        }
    }

    static String simpleName(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
