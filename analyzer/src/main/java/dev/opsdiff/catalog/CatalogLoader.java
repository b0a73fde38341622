package dev.opsdiff.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Reads the catalog files bundled under {@code dev/opsdiff/catalog/} (listed in its {@code index.txt}). */
public final class CatalogLoader {
    private static final String ROOT = "/dev/opsdiff/catalog/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile List<CatalogData> builtIn;
    /** The bundled catalog compiled, shared by every analysis of this JVM that adds no entries of its own. */
    private static volatile Catalog builtInCatalog;
    private static final AtomicBoolean PRELOADING = new AtomicBoolean();

    private CatalogLoader() {
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
        if (builtInCatalog == null && PRELOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    withUserEntries(List.of());
                } catch (RuntimeException e) {
                    // The analysis loads it again and reports the problem there.
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
        return YAML;
    }

    private static List<CatalogData> readBuiltIn() {
        List<CatalogData> out = new ArrayList<>();
        for (String name : indexEntries()) {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("catalog index names a missing file: " + name);
                }
                out.add(YAML.readValue(in, CatalogData.class));
            } catch (IOException e) {
                throw new IllegalStateException("bundled catalog file " + name + " is invalid: " + e.getMessage(), e);
            }
        }
        return out;
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
