package dev.opsdiff.values;

import dev.opsdiff.model.Location;

/**
 * One place a folded value was read from: a constant, an {@code @Value} field, a property line, or the expression at
 * the use site.
 *
 * @param name     what a reader calls it: {@code Timeouts.READ_TIMEOUT}, {@code spring.datasource.hikari.connection-timeout},
 *                 or empty for an expression written at the use site
 * @param location where it is written (a property's line in its config file)
 * @param text     the declaration as written, e.g. {@code READ_TIMEOUT = Duration.ofSeconds(2)} or {@code timeout: 30s}
 */
public record Origin(String name, Location location, String text) {
}
