package dev.opsdiff.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The persistent cache of per-file results (index facts and compact models), keyed by content hash, so repeated
 * checks of one repository parse only what changed since. It lives outside the sources (under the git directory
 * or the user's cache directory), in a folder named by the format version and a fingerprint of the running code:
 * entries written by another build are never read, and stale folders are removed. Bounded in size.
 */
public final class ModelCache {
    /** Bump when the layout of an entry changes in a way the code fingerprint would not catch. */
    static final int FORMAT = 3;
    /** Default bound: kafka's 5k files take ≈60 MiB of models and facts. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;
    /** Folders of other builds older than this are deleted; younger ones may belong to a concurrent run. */
    private static final Duration STALE = Duration.ofHours(1);

    /** What an entry holds. */
    public enum Kind {
        FACTS("facts"), MODEL("models"),
        /** The bundled catalog, parsed and serialized: one small entry per build. */
        CATALOG("catalog");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    /** Room for a few builds' catalogs (one is ~0.2 MB). */
    private static final long CATALOG_BYTES = 4L << 20;

    private final EntryStore facts;
    private final EntryStore models;
    private final EntryStore catalog;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    private ModelCache(EntryStore facts, EntryStore models, EntryStore catalog) {
        this.facts = facts;
        this.models = models;
        this.catalog = catalog;
    }

    /** No cache: every lookup misses, nothing is written. */
    public static ModelCache none() {
        return new ModelCache(null, null, null);
    }

    /** The cache under {@code dir} (created when first written). */
    public static ModelCache open(Path dir, long maxBytes) {
        String version = "v" + FORMAT + "-" + codeFingerprint();
        removeStale(dir, version);
        Path root = dir.resolve(version);
        return new ModelCache(new EntryStore(root.resolve(Kind.FACTS.folder), maxBytes / 4),
                new EntryStore(root.resolve(Kind.MODEL.folder), maxBytes - maxBytes / 4),
                new EntryStore(root.resolve(Kind.CATALOG.folder), CATALOG_BYTES));
    }

    /** The user's cache directory: {@code $XDG_CACHE_HOME/opsdiff}, else {@code ~/.cache/opsdiff}. */
    public static Path userCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("opsdiff");
    }

    public boolean enabled() {
        return facts != null;
    }

    public byte[] get(Kind kind, String key) {
        if (!enabled()) {
            return null;
        }
        byte[] b = store(kind).read(key);
        (b == null ? misses : hits).incrementAndGet();
        return b;
    }

    public void put(Kind kind, String key, byte[] bytes) {
        if (enabled() && bytes != null) {
            store(kind).write(key, bytes);
            writes.incrementAndGet();
        }
    }

    /** Drops an entry that could not be decoded, so it is rewritten. */
    public void forget(Kind kind, String key) {
        if (enabled()) {
            store(kind).delete(key);
        }
    }

    /** Keeps the size bound; called once at the end of a run that wrote entries. */
    public void trim() {
        if (enabled() && writes.get() > 0) {
            facts.trim();
            models.trim();
            catalog.trim();
        }
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    /** A key from parts: hex SHA-256 of them, separated so that ("ab","c") and ("a","bc") differ. */
    public static String key(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private EntryStore store(Kind kind) {
        return switch (kind) {
            case FACTS -> facts;
            case MODEL -> models;
            case CATALOG -> catalog;
        };
    }

    /**
     * Size and time of the code that wrote an entry: a rebuilt jar gets a new folder. Classes in a directory (a
     * build's or an IDE's) are summed file by file: a directory's own size and time do not change when a class in
     * it is recompiled, and models written by older code would be read as current.
     */
    private static String codeFingerprint() {
        try {
            return codeFingerprint(Path.of(ModelCache.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String codeFingerprint(Path code) throws IOException {
        long size = 0;
        long newest = 0;
        if (Files.isDirectory(code)) {
            try (java.util.stream.Stream<Path> files = Files.walk(code)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    size += Files.size(f);
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                }
            }
        } else {
            size = Files.size(code);
            newest = Files.getLastModifiedTime(code).toMillis();
        }
        return key(code.toString(), Long.toString(size), Long.toString(newest)).substring(0, 12);
    }

    private static void removeStale(Path dir, String current) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "v*")) {
            for (Path old : s) {
                if (!old.getFileName().toString().equals(current)
                        && Files.getLastModifiedTime(old).toInstant().isBefore(cutoff)) {
                    for (Kind k : Kind.values()) {
                        new EntryStore(old.resolve(k.folder), 0).clear();
                        Files.deleteIfExists(old.resolve(k.folder));
                    }
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next run.
        }
    }
}
