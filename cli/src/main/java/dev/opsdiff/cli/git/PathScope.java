package dev.opsdiff.cli.git;

import java.util.List;
import java.util.function.Predicate;

/**
 * The part of a repository a check looks at: some directories (a Maven module's source and resource roots) and,
 * within them, the files a filter accepts. The tree walk does not enter other directories, so a module of a large
 * repository is scanned in milliseconds.
 *
 * @param roots   directories relative to the work tree, {@code /}-separated, without a trailing slash; empty: the
 *                whole repository
 * @param include whether a file (work-tree-relative path) belongs to the check
 */
public record PathScope(List<String> roots, Predicate<String> include) {
    /** Everything, as {@code opsdiff check} sees the repository. */
    public static final PathScope ALL = new PathScope(List.of(), p -> true);

    public PathScope {
        roots = List.copyOf(roots);
        if (roots.stream().anyMatch(r -> r.isEmpty() || r.endsWith("/") || r.startsWith("/"))) {
            throw new IllegalArgumentException("roots must be relative directory paths: " + roots);
        }
    }

    boolean whole() {
        return roots.isEmpty();
    }

    /** Whether the file (work-tree-relative path) is under a root, when there are any, and accepted by the filter. */
    boolean contains(String path) {
        if (!whole() && roots.stream().noneMatch(r -> path.startsWith(r + "/"))) {
            return false;
        }
        return include.test(path);
    }
}
