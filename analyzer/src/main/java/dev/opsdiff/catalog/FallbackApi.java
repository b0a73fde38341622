package dev.opsdiff.catalog;

import java.util.List;

/**
 * Where code runs only because something failed (section {@code fallbacks:} of catalog files and of the user's
 * {@code .opsdiff.yml}), besides catch blocks, which the engine knows by itself.
 *
 * @param library             label
 * @param callbacks           methods whose callback argument runs on failure ({@code onErrorResume},
 *                            {@code exceptionally}, {@code recover})
 * @param annotations         qualified annotation names that name or mark fallbacks
 * @param methodAttributes    attributes of those annotations naming a fallback method of the same class
 *                            ({@code fallbackMethod})
 * @param typeAttributes      attributes naming a fallback class, every method of which is a fallback
 *                            ({@code @FeignClient(fallback = ..)})
 * @param annotatedIsFallback whether the annotated method itself is the fallback ({@code @Recover})
 * @param compensationPattern a regular expression over names of calls that, on a failure path, change the world
 *                            rather than answer in place of the failed call ({@code try { load(id); } catch (..)
 *                            { create(..); }}, compensations, recording the failure): what they read belongs to a
 *                            write, not to a fallback answer
 */
public record FallbackApi(String library, List<String> callbacks, List<String> annotations,
                          List<String> methodAttributes, List<String> typeAttributes, Boolean annotatedIsFallback,
                          String compensationPattern) {
}
