package dev.opsdiff.cli;

import dev.opsdiff.cli.git.PathScope;
import dev.opsdiff.source.InputException;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The part of a repository a build's check covers: a module's source and resource roots inside the work tree, and
 * the include/exclude globs on paths below them ({@link GitCheck}).
 */
final class ModuleScope {
    private final List<Path> roots;
    private final List<String> includes;
    private final List<String> excludes;

    ModuleScope(List<Path> roots, List<String> includes, List<String> excludes) {
        this.roots = roots;
        this.includes = includes;
        this.excludes = excludes;
    }

    /** The roots inside the work tree as a scope; null when none of them exists there. */
    PathScope in(Path workTree) {
        List<String> inside = new ArrayList<>();
        Path top = real(workTree);
        for (Path root : roots) {
            Path abs = real(root.toAbsolutePath().normalize());
            if (!abs.startsWith(top) || !abs.toFile().isDirectory()) {
                continue;
            }
            String rel = top.relativize(abs).toString().replace('\\', '/');
            if (rel.isEmpty()) {
                return new PathScope(List.of(), filter(List.of("")));
            }
            inside.add(rel);
        }
        if (!roots.isEmpty() && inside.isEmpty()) {
            return null;
        }
        return new PathScope(inside, filter(inside.isEmpty() ? List.of("") : inside));
    }

    /** Includes and excludes matched against the path below whichever root holds the file. */
    private Predicate<String> filter(List<String> rootPaths) {
        if (includes.isEmpty() && excludes.isEmpty()) {
            return p -> true;
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        return path -> {
            String below = path;
            for (String r : rootPaths) {
                if (!r.isEmpty() && path.startsWith(r + "/")) {
                    below = path.substring(r.length() + 1);
                    break;
                }
            }
            Path p = Path.of(below);
            return (in.isEmpty() || in.stream().anyMatch(m -> m.matches(p))) && out.stream().noneMatch(m -> m.matches(p));
        };
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            String glob = g.strip();
            if (glob.isEmpty()) {
                continue;
            }
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                if (glob.startsWith("**/")) {
                    // Ant's **/ also matches no directory at all (**/*.java matches Foo.java).
                    out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
                }
            } catch (IllegalArgumentException e) {
                throw new InputException("bad include/exclude pattern '" + glob + "': " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * The path with symbolic links resolved when it exists: git reports the work tree's physical path, a build its
     * own (a module under a linked directory, {@code /tmp} on macOS).
     */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }
}
