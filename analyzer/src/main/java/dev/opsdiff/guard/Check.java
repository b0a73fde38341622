package dev.opsdiff.guard;

/**
 * A call that checks (or claims) whether work was already done, as classified from the catalog.
 *
 * @param kind      what it checks
 * @param sense     what its truthy result means
 * @param entry     the catalog entry that classified it (for status constants), or null for a helper
 * @param api       the test method as users know it ({@code contains}, {@code existsByRequestId})
 * @param text      the call as written
 * @param keyText   the key as written at the call, or null
 * @param key       the key in the names of the method holding the call (locals expanded), or null
 * @param callIndex the call's index in its method
 */
record Check(GuardKind kind, GuardCatalog.Sense sense, GuardCatalog.Entry entry, String api, String text,
            String keyText, String key, int callIndex) {
}
