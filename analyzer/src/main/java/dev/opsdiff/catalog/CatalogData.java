package dev.opsdiff.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The on-disk form of catalog files ({@code catalog/*.yml} in the analyzer jar, and the {@code catalog:}
 * section of a user's {@code .opsdiff.yml}). Every section is optional; files are merged in order.
 */
public record CatalogData(
        @JsonProperty("apis") List<Api> apis,
        @JsonProperty("methodAnnotations") List<MethodAnnotation> methodAnnotations,
        @JsonProperty("supertypes") Map<String, List<String>> supertypes,
        @JsonProperty("loops") LoopVocabulary loops,
        @JsonProperty("retries") List<RetryApi> retries,
        @JsonProperty("timeouts") List<TimeoutApi> timeouts,
        @JsonProperty("guards") List<GuardApi> guards,
        @JsonProperty("roles") List<RoleApi> roles,
        @JsonProperty("rolesByName") Boolean rolesByName,
        @JsonProperty("memos") List<MemoApi> memos,
        @JsonProperty("proxies") List<ProxyApi> proxies,
        @JsonProperty("regions") List<RegionApi> regions,
        @JsonProperty("fallbacks") List<FallbackApi> fallbacks,
        @JsonProperty("authorization") List<AuthorizationApi> authorization,
        @JsonProperty("backoffs") List<BackoffApi> backoffs) {

    /**
     * A client API: calls on receivers of the listed types (or of types carrying one of {@code annotatedWith},
     * or of project types extending them) have the listed effects.
     *
     * @param types         qualified type names; {@code *} matches any run of characters (e.g. {@code *Grpc.*BlockingStub})
     * @param annotatedWith qualified annotation names that make every method of an annotated interface a call
     * @param remote        whether calls cross the network (default true)
     * @param calls         effect per method, first match wins
     * @param batch         methods that handle many keys or rows in one round trip
     * @param batchPattern  regular expression over method names that are batch forms (e.g. {@code .*ByIdIn})
     * @param loading       methods of an in-process cache that call the cache's loader on a miss (a loader we cannot
     *                      see is assumed to do I/O)
     * @param returns       fluent accessors: method name to the qualified type it returns
     */
    public record Api(String library, List<String> types, List<String> annotatedWith, Boolean remote,
                      List<Call> calls, List<String> batch, String batchPattern, List<String> loading,
                      Map<String, String> returns) {
    }

    /**
     * @param effect  the effect id
     * @param methods method names; {@code *} means every method
     * @param pattern a regular expression over the method name, alternative to {@code methods}
     */
    public record Call(EffectKind effect, List<String> methods, String pattern) {
    }

    /**
     * Calling a project method that carries one of these annotations has this effect (through the framework proxy).
     *
     * @param resourceAttributes annotation attributes naming the resource (e.g. cache names), first present wins
     * @param proxied            true when the effect is applied by a proxy, so self-invocation bypasses it
     */
    public record MethodAnnotation(List<String> annotations, EffectKind effect, List<String> resourceAttributes,
                                   Boolean remote, Boolean proxied, String library) {
    }

    /**
     * Which calls run a callback once per element.
     *
     * @param iterationMethods methods whose lambda/method-reference argument runs per element of the receiver
     * @param alwaysIterate    iteration methods that loop whatever the receiver (e.g. {@code forEach})
     * @param streamSources    calls that start a multi-valued pipeline ({@code stream}, {@code Stream.of}, {@code Flux.fromIterable})
     * @param multiValuedTypes simple or qualified type names whose instances hold many elements
     * @param singleValuedTypes types whose callbacks run at most once (Optional, CompletableFuture, Mono)
     * @param rangeSources     calls whose first two arguments bound a range ({@code IntStream.range})
     * @param chunkMethods     calls that cut a collection into chunks of a given size ({@code Lists.partition(ids,
     *                         100)}): a loop over the chunks runs once per chunk, not once per element
     */
    public record LoopVocabulary(List<String> iterationMethods, List<String> alwaysIterate, List<String> streamSources,
                                 List<String> multiValuedTypes, List<String> singleValuedTypes,
                                 List<String> rangeSources, List<String> chunkMethods) {
    }
}
