package dev.opsdiff.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opsdiff.cache.ModelCache;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads the catalog files bundled under {@code dev/opsdiff/catalog/} (listed in its {@code index.txt}). */
public final class CatalogLoader {
    private static final String ROOT = "/dev/opsdiff/catalog/";
    /** The cache key of the bundled catalog of a packaged build (whose cache folder is that build's own). */
    private static final String PACKAGED_KEY = ModelCache.key("bundled-catalog");
    private static volatile List<CatalogData> builtIn;
    /** The bundled catalog compiled, shared by every analysis of this JVM that adds no entries of its own. */
    private static volatile Catalog builtInCatalog;
    private static final AtomicBoolean PRELOADING = new AtomicBoolean();
    /** Where the parsed bundled catalog is kept between runs; none until a command says where. */
    private static volatile ModelCache serialized = ModelCache.none();

    private CatalogLoader() {
    }

    /** Built on first use: a run served from the serialized catalog and without a config file needs no Jackson. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The bundled catalog files, parsed once per JVM. */
    public static List<CatalogData> builtInData() {
        if (builtIn == null) {
            synchronized (CatalogLoader.class) {
                if (builtIn == null) {
                    builtIn = List.copyOf(readBuiltIn());
                }
            }
        }
        return builtIn;
    }

    public static Catalog builtIn() {
        return new Catalog(builtInData());
    }

    /**
     * Starts reading and compiling the bundled catalog on a daemon thread (~0.15 s of a cold JVM), so that it
     * overlaps with what a command does first (git, reading files). Idempotent; a failure is left for the
     * analysis's own load to report.
     */
    public static void preload() {
        preload(null);
    }

    /**
     * {@link #preload()}, keeping the parsed catalog in {@code cache} (null: the current one): parsing its YAML
     * through Jackson is most of the catalog's cost on a cold JVM; reading it back serialized takes about a third.
     */
    public static void preload(ModelCache cache) {
        if (cache != null) {
            serialized = cache;
        }
        if (builtInCatalog == null && PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    withUserEntries(List.of());
                } catch (RuntimeException | LinkageError e) {
                    // The analysis loads it again and reports the problem there; in a build tool's JVM the
                    // plugin's class loader may be gone by now, which must not print a stack trace.
                }
            }, "opsdiff-catalog-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /** User entries come first so that they win over the bundled ones. */
    public static Catalog withUserEntries(List<CatalogData> user) {
        if (user.isEmpty()) {
            if (builtInCatalog == null) {
                synchronized (CatalogLoader.class) {
                    if (builtInCatalog == null) {
                        builtInCatalog = new Catalog(builtInData());
                    }
                }
            }
            return builtInCatalog;
        }
        List<CatalogData> all = new ArrayList<>(user);
        all.addAll(builtInData());
        return new Catalog(all);
    }

    public static ObjectMapper yamlMapper() {
        return Yaml.MAPPER;
    }

    private static List<CatalogData> readBuiltIn() {
        ModelCache cache = serialized;
        Map<String, byte[]> files = null;
        String key = null;
        if (cache.enabled()) {
            // In a jar the cache folder is already specific to this build, so the catalog needs no key of its own
            // and a hit reads no YAML at all; from class directories (tests, an IDE) its content is the key.
            if ("jar".equals(CatalogLoader.class.getResource(ROOT + "index.txt").getProtocol())) {
                key = PACKAGED_KEY;
            } else {
                files = bundledFiles();
                key = contentKey(files);
            }
            List<CatalogData> kept = SerializedCatalog.read(cache.get(ModelCache.Kind.CATALOG, key));
            if (kept != null) {
                return kept;
            }
        }
        List<CatalogData> out = new ArrayList<>();
        (files != null ? files : bundledFiles()).forEach((name, bytes) -> {
            try {
                out.add(Yaml.MAPPER.readValue(bytes, CatalogData.class));
            } catch (IOException e) {
                throw new IllegalStateException("bundled catalog file " + name + " is invalid: " + e.getMessage(), e);
            }
        });
        if (key != null) {
            cache.put(ModelCache.Kind.CATALOG, key, SerializedCatalog.write(out));
        }
        return out;
    }

    /** The bundled catalog files' bytes by name, in index order. */
    private static Map<String, byte[]> bundledFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : indexEntries()) {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("catalog index names a missing file: " + name);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("bundled catalog file " + name + " cannot be read: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static String contentKey(Map<String, byte[]> files) {
        List<String> parts = new ArrayList<>();
        files.forEach((name, bytes) -> {
            parts.add(name);
            parts.add(new String(bytes, StandardCharsets.UTF_8));
        });
        return ModelCache.key(parts.toArray(String[]::new));
    }

    static List<String> indexEntries() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("catalog index missing from the classpath");
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        names.add(line);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
