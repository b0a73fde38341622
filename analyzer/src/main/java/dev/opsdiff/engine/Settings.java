package dev.opsdiff.engine;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.source.LineChanges;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Command-line choices that override the configuration.
 *
 * @param enable      rule ids to run even if disabled by configuration
 * @param disable     rule ids not to run
 * @param threads     parser threads
 * @param lineChanges how to tell which AFTER lines a change touched (the command line passes JGit's diff)
 * @param cache       per-file models kept between runs ({@link ModelCache#none()}: parse everything reached)
 * @param reach       which unchanged files are analyzed besides the changed ones
 * @param classpath   jars and class directories the sources compile against (empty: none known); a build tool or
 *                    {@code --classpath} supplies it
 */
public record Settings(Set<String> enable, Set<String> disable, int threads, LineChanges lineChanges,
                       ModelCache cache, Reach reach, List<Path> classpath) {
    public Settings {
        classpath = List.copyOf(classpath);
    }

    /** Which unchanged files an analysis reads. */
    public enum Reach {
        /** What the changed methods call, the types they mention, the readers of changed types (the default). */
        CALLS,
        /** Every file: whole-tree comparisons. Rules still run only on pairs with a change on their path. */
        EVERYTHING,
        /**
         * Every file and every matched pair: the reference the other two are tested against (no finding of it may
         * be missing from theirs).
         */
        REFERENCE
    }

    public Settings(Set<String> enable, Set<String> disable, int threads, LineChanges lineChanges) {
        this(enable, disable, threads, lineChanges, ModelCache.none(), Reach.CALLS, List.of());
    }

    public Settings(Set<String> enable, Set<String> disable, int threads) {
        this(enable, disable, threads, LineChanges.simple());
    }

    public Settings withCache(ModelCache modelCache) {
        return new Settings(enable, disable, threads, lineChanges, modelCache, reach, classpath);
    }

    public Settings withReach(Reach newReach) {
        return new Settings(enable, disable, threads, lineChanges, cache, newReach, classpath);
    }

    public Settings withClasspath(List<Path> entries) {
        return new Settings(enable, disable, threads, lineChanges, cache, reach, entries);
    }

    public static Settings defaults() {
        return new Settings(Set.of(), Set.of(), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }
}
