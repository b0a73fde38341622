package dev.opsdiff.frontend;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.cache.ModelCodec;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the {@link ProgramModel} of each side. Each file is parsed once; a file with the same path and content on
 * both sides is parsed once in all and its model shared. Files are parsed in parallel. With a {@link ModelCache},
 * a file whose model an earlier run stored (same path, content and front-end vocabulary) is not parsed at all.
 */
public final class ProgramBuilder implements AutoCloseable {
    private final FrontEnd frontEnd;
    private final ExecutorService pool;
    /** One task per path and content: whoever comes first (a prefetch on the pool, or a caller) runs it. */
    private final Map<String, FutureTask<FrontEnd.Result>> results = new ConcurrentHashMap<>();
    private final AtomicLong parsedFiles = new AtomicLong();
    private final AtomicLong parseNanos = new AtomicLong();
    private final AtomicLong cachedFiles = new AtomicLong();
    private final ModelCache modelCache;
    private final String frontEndKey;
    private final Runnable fileDone;

    public ProgramBuilder(FrontEnd frontEnd, int threads) {
        this(frontEnd, threads, ModelCache.none(), "");
    }

    public ProgramBuilder(FrontEnd frontEnd, int threads, ModelCache modelCache, String frontEndKey) {
        this(frontEnd, threads, modelCache, frontEndKey, () -> { });
    }

    /**
     * @param frontEndKey what, besides a file's path and content, decides its model (the loop vocabulary): part of
     *                    the cache key
     * @param fileDone    called (from any thread) each time a file of a {@link #build} is modelled, for progress
     */
    public ProgramBuilder(FrontEnd frontEnd, int threads, ModelCache modelCache, String frontEndKey,
                          Runnable fileDone) {
        this.fileDone = fileDone;
        this.frontEnd = frontEnd;
        this.modelCache = modelCache;
        this.frontEndKey = frontEndKey;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "opsdiff-parse");
            t.setDaemon(true);
            return t;
        });
    }

    public ProgramModel build(Snapshot snapshot, String side) {
        List<Future<FrontEnd.Result>> futures = new ArrayList<>();
        Map<String, String> configFiles = new TreeMap<>();
        for (SourceFile file : snapshot.files()) {
            if (file.isJava()) {
                futures.add(pool.submit(() -> {
                    FrontEnd.Result r = parse(file, side);
                    fileDone.run();
                    return r;
                }));
            } else if (FileSystemSnapshots.isAnalyzable(file.path().substring(file.path().lastIndexOf('/') + 1))) {
                configFiles.put(file.path(), file.text());
            }
        }
        List<FileModel> files = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        for (Future<FrontEnd.Result> f : futures) {
            FrontEnd.Result r;
            try {
                r = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("front end failed: " + e.getCause(), e.getCause());
            }
            if (r.model() != null) {
                files.add(r.model());
            } else {
                // A shared result carries the side it was first parsed for; report it for this side.
                ParseProblem p = r.problem();
                problems.add(new ParseProblem(side, p.path(), p.line(), p.column(), p.message()));
            }
        }
        problems.sort(Comparator.comparing(ParseProblem::path));
        return new ProgramModel(side, files, configFiles, problems);
    }

    /**
     * Parses one file (once per path and content, whatever the side). When a {@link #prefetch} of it waits in the
     * pool's queue, this thread takes it over; when a pool thread is parsing it, this one waits.
     */
    public FrontEnd.Result parse(SourceFile file, String side) {
        FutureTask<FrontEnd.Result> task = task(file, side);
        task.run(); // a no-op when another thread ran it or is running it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing " + file.path(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("front end failed on " + file.path() + ": " + e.getCause(), e.getCause());
        }
    }

    /**
     * Starts modelling a file on the pool, ahead of a {@link #parse} that will ask for it, unless that is already
     * under way or done. A caller that follows calls one file at a time finds the next files ready (or being read)
     * instead of parsing or decoding each in turn on its own thread.
     */
    public void prefetch(SourceFile file, String side) {
        if (!results.containsKey(key(file))) {
            pool.execute(task(file, side)); // a task another thread took first then runs as a no-op
        }
    }

    /** The file's task, created (not run) on first request: creating one is cheap, so it may happen in the map. */
    private FutureTask<FrontEnd.Result> task(SourceFile file, String side) {
        return results.computeIfAbsent(key(file), k -> new FutureTask<>(() -> model(file, side)));
    }

    private static String key(SourceFile file) {
        return file.path() + "\u0000" + file.contentHash();
    }

    private FrontEnd.Result model(SourceFile file, String side) {
        String stored = modelCache.enabled() ? ModelCache.key(file.path(), file.contentHash(), frontEndKey) : null;
        if (stored != null) {
            byte[] bytes = modelCache.get(ModelCache.Kind.MODEL, stored);
            FileModel model = bytes == null ? null : ModelCodec.decode(bytes);
            if (model != null && model.path().equals(file.path())) {
                cachedFiles.incrementAndGet();
                return FrontEnd.Result.of(model);
            }
            if (bytes != null) {
                modelCache.forget(ModelCache.Kind.MODEL, stored);
            }
        }
        long start = System.nanoTime();
        FrontEnd.Result r = frontEnd.build(file, side);
        parseNanos.addAndGet(System.nanoTime() - start);
        parsedFiles.incrementAndGet();
        if (stored != null && r.model() != null) {
            // Failures are not stored: their message names the side, and they are rare.
            modelCache.put(ModelCache.Kind.MODEL, stored, ModelCodec.encode(r.model()));
        }
        return r;
    }

    /** Files whose model came from the persistent cache instead of the parser. */
    public long cachedFiles() {
        return cachedFiles.get();
    }

    public long parsedFiles() {
        return parsedFiles.get();
    }

    /** Parse time summed over threads. */
    public long parseNanos() {
        return parseNanos.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
