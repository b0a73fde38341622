package dev.opsdiff.catalog;

import java.util.List;
import java.util.Map;

/**
 * Catalog entry for a retry construct (section {@code retries:} of catalog files), or for calls that are not safe to
 * repeat. Every field is optional; an entry describes one of:
 * <ul>
 *   <li>a call that runs work with retries: {@code types} + {@code methods} (e.g. {@code RetryTemplate#execute}); the
 *       retried work is the call's lambda arguments ({@code scope: callback}) or the reactive chain it is applied to
 *       ({@code scope: upstream}, e.g. {@code Mono#retry});</li>
 *   <li>a method annotation that retries the annotated method through a proxy ({@code annotations});</li>
 *   <li>calls that must not be repeated blindly ({@code nonIdempotent*}).</li>
 * </ul>
 * Budgets are read with a small vocabulary of roles: {@code attempts[:i]} (argument i counts every call),
 * {@code retries[:i]} (counts repeats only, attempts = retries + 1), {@code backoff[:i]} (a delay between attempts),
 * {@code no-backoff}, {@code unbounded}, {@code unit} (a time unit for the backoff), {@code defaults} (a policy with
 * the library's defaults).
 *
 * @param library          label, e.g. "Spring Retry"
 * @param types            receiver (or call-chain root) types whose {@code methods} run work with retries
 * @param methods          those methods (e.g. {@code execute}, {@code executeSupplier}, {@code retry})
 * @param annotations      qualified method annotations that retry the annotated method when called through the proxy
 * @param scope            {@code callback} (default) or {@code upstream}
 * @param requiresPolicy   only a retry when a retry policy is found among its arguments/receiver (Failsafe.with(...))
 * @param defaultAttempts  attempts when nothing else is said; -1 = unbounded
 * @param defaultBackoffMs delay between attempts when nothing else is said
 * @param attributes       annotation attribute (also of nested annotations such as {@code @Backoff}) to role
 * @param policy           builder/factory method names to roles, read along the receiver chain and arguments
 * @param nameAttribute    annotation attribute (or argument of {@code nameMethods}) naming a configured instance
 * @param propertyPrefixes property prefixes of a named instance, {@code {name}} replaced; first that has keys wins
 * @param properties       property suffix (under a prefix) to role, e.g. {@code max-attempts: attempts}
 * @param nonIdempotent    methods of {@code types} that change state elsewhere (POST, charge, send)
 * @param nonIdempotentAnnotations annotations on project interface methods marking a non-idempotent remote call
 * @param nonIdempotentArguments   argument texts that make a call non-idempotent ({@code HttpMethod.POST})
 * @param nonIdempotentPattern     regular expression over method names of retried calls (charge, capture, refund)
 * @param settings         free-form attributes for later analyses
 */
public record RetryApi(String library, List<String> types, List<String> methods, List<String> annotations,
                       String scope, Boolean requiresPolicy, Integer defaultAttempts, Long defaultBackoffMs,
                       Map<String, String> attributes, Map<String, String> policy, String nameAttribute,
                       List<String> propertyPrefixes, Map<String, String> properties,
                       List<String> nonIdempotent, List<String> nonIdempotentAnnotations,
                       List<String> nonIdempotentArguments, String nonIdempotentPattern,
                       Map<String, Object> settings) {
    public static final String SCOPE_UPSTREAM = "upstream";

    public boolean upstream() {
        return SCOPE_UPSTREAM.equals(scope);
    }

    public boolean isConstruct() {
        return (methods != null && !methods.isEmpty()) || (annotations != null && !annotations.isEmpty());
    }
}
