package dev.opsdiff.timeout;

import dev.opsdiff.catalog.TimeoutApi;
import dev.opsdiff.model.Location;
import dev.opsdiff.values.Quantity;
import dev.opsdiff.values.Units;

/**
 * One place that sets a timeout or deadline: a setter/builder call, a constructor argument, an annotation attribute or
 * a configuration property, with its folded value.
 *
 * @param owner      what it belongs to, for pairing BEFORE with AFTER: a method id, {@code Type#field}, a type (class-level
 *                   annotation) or {@code properties:<profile>}
 * @param key        what it sets within its owner: client type, setter and setting ({@code OkHttpClient.readTimeout:read}),
 *                   with an ordinal when the same setter appears twice; the canonical key for properties
 * @param what       a reader's name for it: {@code readTimeout(30, TimeUnit.SECONDS)}, {@code @Transactional(timeout = 5)},
 *                   the property key
 * @param text       the whole expression as written (a builder chain up to the setter), for pairing and snippets
 * @param location   the expression, annotation or property line
 * @param value      the folded value, or null when it cannot be folded
 * @param millis     the value in milliseconds ({@link Double#POSITIVE_INFINITY} for "no timeout"), or null when unknown
 * @param fromDefault whether the value is the library's default (a named instance without configured keys)
 * @param spec       the catalog entry
 * @param callIndex  the call's index in its method, or -1
 * @param chainRoot  the index of the first call of its builder chain, or -1
 */
public record TimeoutSite(String owner, String key, String what, String text, Location location, Quantity value,
                          Double millis, boolean fromDefault, TimeoutApi spec, int callIndex, int chainRoot) {

    public String setting() {
        return spec.setting();
    }

    public boolean infinite() {
        return millis != null && millis.isInfinite();
    }

    /** {@code 30 s}, {@code infinite}, or the text when unknown. */
    public String describe() {
        return millis == null ? "`" + text + "`" : Units.format(millis);
    }
}
