package dev.opsdiff.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed bundled catalog as Java serialization, for the cache. Reading admits only the catalog's own records
 * and the JDK's collections and value types (a filter, so that a tampered cache file cannot instantiate anything
 * else), within size limits; anything unexpected reads as "not cached" and the YAML is parsed again.
 */
final class SerializedCatalog {
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=24;maxrefs=500000;maxbytes=33554432;maxarray=100000;"
                    + "dev.opsdiff.catalog.*;java.util.*;java.lang.*;!*");

    private SerializedCatalog() {
    }

    static byte[] write(List<CatalogData> catalog) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(catalog));
        } catch (IOException | RuntimeException e) {
            return null; // not cached: the next run parses the YAML again
        }
        return bytes.toByteArray();
    }

    /** The catalog, or null when {@code bytes} is absent or not a catalog this build wrote. */
    static List<CatalogData> read(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ALLOWED);
            Object o = in.readObject();
            if (!(o instanceof List<?> list) || !list.stream().allMatch(CatalogData.class::isInstance)) {
                return null;
            }
            return list.stream().map(CatalogData.class::cast).toList();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }
}
