package dev.opsdiff.catalog;

import java.util.List;

/**
 * How code checks authorization (section {@code authorization:} of catalog files and of the user's
 * {@code .opsdiff.yml}): security annotations on a method or its class, and calls whose name says they check a
 * permission, a role or ownership.
 *
 * @param library      label
 * @param annotations  qualified names of annotations that require authorization ({@code @PreAuthorize})
 * @param permits      qualified names of annotations that waive it ({@code @PermitAll}): they count as no check
 * @param checks       method names of authorization checks ({@code checkPermission}, {@code hasAuthority})
 * @param checkPattern a regular expression over method names, alternative to {@code checks}
 */
public record AuthorizationApi(String library, List<String> annotations, List<String> permits, List<String> checks,
                               String checkPattern) {
}
