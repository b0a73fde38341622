package dev.opsdiff.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The bundled catalog kept serialized between runs reads back equal, and nothing else reads at all. */
class SerializedCatalogTest {
    @Test
    void theBundledCatalogReadsBackEqual() {
        List<CatalogData> parsed = CatalogLoader.builtInData();
        byte[] bytes = SerializedCatalog.write(parsed);
        assertNotNull(bytes);
        List<CatalogData> read = SerializedCatalog.read(bytes);
        assertEquals(parsed, read);
        // The compiled catalog built from it answers like the one built from YAML.
        assertEquals(new Catalog(parsed).timeouts(), new Catalog(read).timeouts());
    }

    @Test
    void anythingElseReadsAsNotCached() throws Exception {
        assertNull(SerializedCatalog.read(null));
        assertNull(SerializedCatalog.read(new byte[] {1, 2, 3}));
        byte[] bytes = SerializedCatalog.write(CatalogLoader.builtInData());
        assertNull(SerializedCatalog.read(java.util.Arrays.copyOf(bytes, bytes.length / 2)), "truncated");
        // A type outside the catalog package is refused before it is loaded, let alone instantiated.
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(other)) {
            out.write(java.util.Arrays.copyOf(bytes, 4)); // the format's magic number
            out.writeByte(7); // a list
            out.writeInt(1);
            out.writeByte(9); // of one record
            out.writeInt(-1);
            out.writeUTF("java.io.File");
            out.writeByte(1);
            out.writeUTF("/etc/passwd");
        }
        assertNull(SerializedCatalog.read(other.toByteArray()));
    }
}
