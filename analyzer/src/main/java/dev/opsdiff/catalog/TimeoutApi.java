package dev.opsdiff.catalog;

import java.util.List;
import java.util.Map;

/**
 * Catalog entry for a timeout setting (section {@code timeouts:} of catalog files). Owned by the timeout analysis;
 * extend the fields as the analysis needs them.
 *
 * @param library  label, e.g. "OkHttp"
 * @param types    receiver types (builders, configs) whose listed methods set a timeout
 * @param methods  setter/builder method names
 * @param settings free-form attributes (unit of a bare number, default value, property keys) read by the analysis
 */
public record TimeoutApi(String library, List<String> types, List<String> methods, Map<String, Object> settings) {
}
