package dev.opsdiff.catalog;

import java.util.List;

/**
 * Catalog entry for project types whose role (database mapper, repository, remote client) is known by their
 * structure or their name rather than by a library type (section {@code roles:} of catalog files and of the user's
 * {@code .opsdiff.yml}). Real code reaches its database through mappers registered by package scan and repositories
 * or clients declared in other modules: without these, such calls are no effect at all.
 * <ul>
 *   <li>By structure (as sure as a catalog type): a bodiless project interface that extends one of
 *       {@code supertypes}, lies in a package named by one of {@code scanAnnotations} (attributes {@code value},
 *       {@code basePackages}, {@code basePackageClasses}), or whose parameters carry one of
 *       {@code parameterAnnotations}: each of its abstract methods is a call with the role's effect.</li>
 *   <li>By name ({@code suffixes}, lower confidence, reported as such; switched off with
 *       {@code catalog: { rolesByName: false }}): a bodiless project interface in the analyzed sources, or a project
 *       type that is not in them at all (another module, generated code), whose simple name ends with a suffix.</li>
 * </ul>
 *
 * @param role                 what the type is, for messages: {@code mapper}, {@code repository}, {@code client}
 * @param library              label
 * @param effect               the effect of every method (a client: {@code remote-call}); for data roles, the
 *                             effect of methods {@code writes} does not match (usually {@code db-query})
 * @param writes               regular expression over method names that write ({@code db-write})
 * @param batch                regular expression over method names that handle many keys in one round trip; a
 *                             declared method taking a collection or array is a batch call too
 * @param ignore               regular expression over method names that are no call at all (accessors, builders)
 * @param supertypes           library supertypes that make a project interface this role
 * @param scanAnnotations      annotations whose package attributes register every interface in those packages
 * @param parameterAnnotations parameter annotations that mark an interface's methods as statements
 * @param suffixes             simple-name suffixes for the by-name fallback
 */
public record RoleApi(String role, String library, EffectKind effect, String writes, String batch, String ignore,
                      List<String> supertypes, List<String> scanAnnotations, List<String> parameterAnnotations,
                      List<String> suffixes) {
}
