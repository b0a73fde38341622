package dev.opsdiff.frontend.spoon;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.cache.ModelCodec;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The precise front end: the JavaParser front end's model of each file, with the type facts Spoon resolves through
 * the sources' classpath laid over it ({@link Overlay}; docs/adr/0012-spoon-front-end-overlay.md). Spoon models the
 * files of one side together — only those the analysis reached — and the classpath stands for everything else.
 * A file Spoon cannot model keeps its JavaParser model and is reported as a {@linkplain #fallbacks() fallback}.
 */
public final class SpoonFrontEnd {
    private final List<Path> classpath;
    private final ModelCache cache;
    private final String key;
    private final List<ParseProblem> fallbacks = new ArrayList<>();
    private final AtomicLong modelled = new AtomicLong();
    private final AtomicLong cached = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    /**
     * @param vocabularyKey what else decides the JavaParser model (the loop vocabulary), for the cache key
     */
    public SpoonFrontEnd(List<Path> classpath, ModelCache cache, String vocabularyKey) {
        // A build tool may list a folder not built yet; Spoon rejects missing entries, and they hold nothing.
        this.classpath = classpath.stream().filter(Files::exists).toList();
        this.cache = cache;
        this.key = ModelCache.key("precise", vocabularyKey, classpathFingerprint(this.classpath));
    }

    /**
     * The side's program with Spoon's facts laid over every file it modelled. {@code files} are the side's sources
     * the model was built from (its Java files that parsed are modelled; the others stay as they are).
     */
    public ProgramModel refine(ProgramModel program, Snapshot files) {
        long start = System.nanoTime();
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        for (SourceFile f : files.files()) {
            if (f.isJava() && program.file(f.path()).isPresent()) {
                byPath.put(f.path(), f);
            }
        }
        // A file's facts depend on the other files modelled with it: the whole set is part of each entry's key.
        String setKey = ModelCache.key(key, setDigest(byPath));
        Map<String, FileModel> refined = new TreeMap<>();
        for (SourceFile f : byPath.values()) {
            FileModel hit = read(f, setKey);
            if (hit != null) {
                refined.put(f.path(), hit);
            }
        }
        if (refined.size() < byPath.size()) {
            refined.clear();
            SpoonModel spoon = SpoonModel.of(List.copyOf(byPath.values()), classpath);
            for (SourceFile f : byPath.values()) {
                FileModel base = program.file(f.path()).orElseThrow();
                FileFacts facts = spoon.facts().get(f.path());
                if (facts == null) {
                    String why = spoon.failures().getOrDefault(f.path(), "no model");
                    fallbacks.add(new ParseProblem(program.side(), f.path(), 1, 1, why));
                    refined.put(f.path(), base);
                    continue;
                }
                FileModel overlaid = Overlay.apply(base, facts);
                modelled.incrementAndGet();
                refined.put(f.path(), overlaid);
                write(f, setKey, overlaid);
            }
        } else {
            cached.addAndGet(refined.size());
        }
        List<FileModel> all = new ArrayList<>();
        for (FileModel m : program.files()) {
            all.add(refined.getOrDefault(m.path(), m));
        }
        nanos.addAndGet(System.nanoTime() - start);
        return new ProgramModel(program.side(), all, program.configFiles(), program.problems());
    }

    /** Files Spoon could not model (their JavaParser model was used), one entry per side. */
    public List<ParseProblem> fallbacks() {
        return List.copyOf(fallbacks);
    }

    /** Files Spoon modelled in this run (a file unchanged between the sides counts once per side). */
    public long modelledFiles() {
        return modelled.get();
    }

    /** Files whose refined model came from the persistent cache. */
    public long cachedFiles() {
        return cached.get();
    }

    /** Time spent in Spoon and the overlay, both sides. */
    public long nanos() {
        return nanos.get();
    }

    private FileModel read(SourceFile f, String setKey) {
        if (!cache.enabled()) {
            return null;
        }
        String k = ModelCache.key(f.path(), f.contentHash(), setKey);
        byte[] bytes = cache.get(ModelCache.Kind.MODEL, k);
        FileModel model = bytes == null ? null : ModelCodec.decode(bytes);
        return model != null && model.path().equals(f.path()) ? model : null;
    }

    private void write(SourceFile f, String setKey, FileModel model) {
        if (cache.enabled()) {
            byte[] bytes = ModelCodec.encode(model);
            if (bytes != null) {
                cache.put(ModelCache.Kind.MODEL, ModelCache.key(f.path(), f.contentHash(), setKey), bytes);
            }
        }
    }

    private static String setDigest(Map<String, SourceFile> files) {
        List<String> parts = new ArrayList<>();
        files.values().forEach(f -> parts.add(f.path() + "=" + f.contentHash()));
        return ModelCache.key(parts.toArray(String[]::new));
    }

    /** Entries' paths, sizes and modification times: a rebuilt jar or class folder gives other entries. */
    private static String classpathFingerprint(List<Path> entries) {
        List<String> parts = new ArrayList<>();
        for (Path p : entries) {
            String stamp;
            try {
                stamp = Files.isDirectory(p) ? "dir:" + newestIn(p)
                        : Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                stamp = "missing";
            }
            parts.add(p.toAbsolutePath() + "@" + stamp);
        }
        return ModelCache.key(parts.toArray(String[]::new));
    }

    /** A class folder changes when a class in it is recompiled: the newest modification time stands for it. */
    private static long newestIn(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
    }
}
