package dev.opsdiff.catalog;

import java.util.List;
import java.util.Map;

/**
 * Catalog entry for a retry construct (section {@code retries:} of catalog files). Owned by the retry analysis;
 * extend the fields as the analysis needs them.
 *
 * @param library  label, e.g. "Spring Retry"
 * @param types    receiver types whose listed methods run their callback argument with retries
 * @param methods  those methods (e.g. {@code execute}, {@code executeSupplier}, {@code decorateSupplier})
 * @param annotations method annotations that retry the annotated method through a proxy (e.g. {@code @Retryable})
 * @param settings free-form attributes (attempt attribute names, defaults) read by the retry analysis
 */
public record RetryApi(String library, List<String> types, List<String> methods, List<String> annotations,
                       Map<String, Object> settings) {
}
