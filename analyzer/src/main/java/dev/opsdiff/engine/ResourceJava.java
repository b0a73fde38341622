package dev.opsdiff.engine;

/**
 * {@code .java} files in a resource root ({@code src/<set>/resources/}, at the start of a path or after a '/') are
 * not compiled: Maven and Gradle copy them as they are. They are archetype and code-generation templates
 * ({@code package ${package};}), fixtures and examples. Analyzing them as code warned "could not parse" for every
 * template on every check of kafka, and would report risks in code that never runs; they are left out like test
 * sources ({@link TestSources#without} drops both in one pass). Other files of a resource root (configuration) are
 * still read.
 */
final class ResourceJava {
    private ResourceJava() {
    }

    /** Asked for every file of both trees on every check: one scan rejects all but paths with a resource root. */
    static boolean isResource(String path) {
        return path.endsWith(".java") && path.contains("/resources/")
                && TestSources.anySourceSet(path, (from, to) -> path.startsWith("resources/", to + 1));
    }
}
