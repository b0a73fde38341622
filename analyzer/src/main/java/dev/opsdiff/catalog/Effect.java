package dev.opsdiff.catalog;

/**
 * The effect of one library call.
 *
 * @param kind     what it does
 * @param api      the API as users know it, e.g. {@code ValueOperations.get}
 * @param resource what it touches, for grouping: the client type (e.g. {@code ValueOperations}), a repository,
 *                 or a cache name
 * @param remote   whether it crosses the network (false for in-process caches such as Caffeine)
 * @param batch    whether one call handles many keys/rows (multiGet, findAllById, IN (...))
 * @param library  catalog library label, e.g. "Spring Data Redis"
 * @param loading  an in-process cache read that runs the cache's loader on a miss ({@code LoadingCache.get})
 * @param basis    null when the catalog knows the call; otherwise why it is taken for an effect, said in every
 *                 finding that rests on it (a heuristic of lower confidence, e.g. a role by type-name convention)
 */
public record Effect(EffectKind kind, String api, String resource, boolean remote, boolean batch, String library,
                     boolean loading, String basis) {
    public Effect(EffectKind kind, String api, String resource, boolean remote, boolean batch, String library) {
        this(kind, api, resource, remote, batch, library, false, null);
    }

    public Effect(EffectKind kind, String api, String resource, boolean remote, boolean batch, String library,
                  boolean loading) {
        this(kind, api, resource, remote, batch, library, loading, null);
    }
}
