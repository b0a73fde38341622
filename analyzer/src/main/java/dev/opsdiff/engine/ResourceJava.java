package dev.opsdiff.engine;

import dev.opsdiff.source.Snapshot;

/**
 * {@code .java} files in a resource root ({@code src/<set>/resources/}, at the start of a path or after a '/') are
 * not compiled: Maven and Gradle copy them as they are. They are archetype and code-generation templates
 * ({@code package ${package};}), fixtures and examples. Analyzing them as code warned "could not parse" for every
 * template on every check of kafka, and would report risks in code that never runs; they are left out like test
 * sources. Other files of a resource root (configuration) are still read.
 */
final class ResourceJava {
    private ResourceJava() {
    }

    static boolean isResource(String path) {
        if (!path.endsWith(".java")) {
            return false;
        }
        for (int at = path.indexOf("src/"); at >= 0; at = path.indexOf("src/", at + 4)) {
            if (at == 0 || path.charAt(at - 1) == '/') {
                int set = path.indexOf('/', at + 4);
                if (set > at + 4 && path.startsWith("resources/", set + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Snapshot without(Snapshot s) {
        return s.files().stream().noneMatch(f -> isResource(f.path())) ? s
                : Snapshot.of(s.label(), s.files().stream().filter(f -> !isResource(f.path())).toList());
    }
}
