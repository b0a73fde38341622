package dev.opsdiff.catalog;

import java.util.List;
import java.util.Map;

/**
 * Catalog entry for an idempotency guard shape (section {@code guards:} of catalog files). Owned by the guard
 * analysis; extend the fields as the analysis needs them.
 *
 * @param library  label
 * @param kind     existence, dedupe, claim, status, version, lock or unique-key
 * @param types    receiver types whose listed methods test or claim (e.g. {@code Set#add}, {@code setIfAbsent})
 * @param methods  those methods
 * @param settings free-form attributes read by the guard analysis
 */
public record GuardApi(String library, String kind, List<String> types, List<String> methods,
                       Map<String, Object> settings) {
}
