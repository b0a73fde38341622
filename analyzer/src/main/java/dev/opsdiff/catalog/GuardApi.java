package dev.opsdiff.catalog;

import java.util.List;
import java.util.Map;

/**
 * Catalog entry read by the idempotency-guard analysis (section {@code guards:} of catalog files and of the user's
 * {@code .opsdiff.yml}). Three roles share the section, told apart by {@code kind}:
 * <ul>
 *   <li>a guard shape: {@code existence}, {@code dedupe}, {@code claim}, {@code status}, {@code version},
 *       {@code lock}, {@code unique-key}, {@code idempotency-key} or {@code handle}, recognised by its
 *       {@code shape};</li>
 *   <li>{@code entry-point}: methods whose repeats matter (listeners, handlers, jobs, public service methods);</li>
 *   <li>{@code protected-effect}: side effects worth guarding beyond database writes and message sends (remote
 *       calls that write: POSTs, charges, emails), and the verb messages use for them.</li>
 * </ul>
 * Every field is optional; unknown fields are errors.
 *
 * @param library         label
 * @param kind            see above
 * @param shape           how a guard shows in code: {@code test} (default: a call in a condition that decides
 *                        whether later work runs), {@code assert} (a throwing check whose arguments hold a test),
 *                        {@code callback} (work inside a callback that runs only when absent, e.g.
 *                        {@code findBy..().orElseGet(() -> create())}), {@code sequence} (a call that guards what
 *                        follows it: {@code setIdempotencyKey}, {@code header("Idempotency-Key", ..)}), {@code catch}
 *                        (an exception caught around a write), {@code sql} (text in the SQL of a write or query),
 *                        {@code method-annotation}, {@code parameter-annotation}, {@code field-annotation} (on the
 *                        written entity), {@code repository-annotation} (on a called repository method),
 *                        {@code method-modifier} (a modifier named in {@code methods}: {@code synchronized}),
 *                        {@code handle} (a test on the field or local the guarded work's result is stored in:
 *                        {@code task == null || task.isDone()}; {@code methods} are the handle's state tests),
 *                        {@code distinct} (a call that de-duplicates the items a loop then acts on:
 *                        {@code distinct()}, {@code Collectors.toSet()}, {@code new HashSet<>(..)})
 * @param types           receiver types (qualified; a simple name also matches an unresolved type); empty: any
 * @param methods         method names
 * @param pattern         regular expression over method names, alternative to {@code methods}
 * @param sense           for tests: what a true, non-null or positive result means: {@code done} (already handled:
 *                        {@code existsById}) or {@code fresh} (go ahead: {@code Set#add}, {@code setIfAbsent})
 * @param keyArgs         which arguments identify the guarded work: {@code first} (default), {@code all}, {@code none}
 * @param receiverNames   regular expression the receiver's name must match, unless the same method also writes to
 *                        it (tells a processed-id store from any set)
 * @param sql             regular expression over the call's string arguments (or the called repository method's
 *                        {@code @Query}) that must match
 * @param argPattern      regular expression over the arguments' text that must match (e.g. {@code SetParams..nx()})
 * @param annotations     qualified annotation names (annotation shapes; entry points: on the method)
 * @param typeAnnotations entry points: annotations on the declaring type
 * @param supertypes      entry points: types the declaring type implements
 * @param exceptions      {@code catch} shape: qualified exception types
 * @param headers         header names ({@code sequence} shape on a header setter, {@code parameter-annotation})
 * @param effects         {@code protected-effect}: effect ids it applies to; tests: the call must resolve to one of
 *                        these effects (a lookup on a project mapper known by its role is a {@code db-query})
 * @param chain           {@code protected-effect}: names of calls earlier in the receiver chain or in the builder of
 *                        an argument that make the call a write ({@code post()} of a RestClient)
 * @param verb            {@code protected-effect}: what repeating the effect does, as a verb phrase ("charge")
 * @param repeat          {@code entry-point}: how a repeat happens ("a redelivered message")
 * @param settings        further attributes: {@code requiresCheck} (locks: only around a check-then-act),
 *                        {@code afterOnly} (tests too vague to count as a guard BEFORE had), {@code entityMethod}
 *                        (tests: only an argument-less call on a variable, the entity's own state),
 *                        {@code exceptionNames}/{@code codeNames} ({@code catch}: project exceptions named for a
 *                        duplicate, or rethrown unless their code names one), {@code constructorAnnotations} and
 *                        {@code supertypeNames} (entry points by wiring: an {@code @Inject} constructor, a
 *                        {@code *Handler} interface); entry-point entries with settings match only
 *                        {@code @Override} public methods
 * @param sharedStore     tests and claims: the receiver must be a field, a store that outlives the call (a local set
 *                        or map, filled and read within one call, answers nothing about repeats)
 */
public record GuardApi(String library, String kind, String shape, List<String> types, List<String> methods,
                       String pattern, String sense, String keyArgs, String receiverNames, String sql,
                       String argPattern, List<String> annotations, List<String> typeAnnotations,
                       List<String> supertypes, List<String> exceptions, List<String> headers, List<String> effects,
                       List<String> chain, String verb, String repeat, Map<String, Object> settings,
                       Boolean sharedStore) {
}
