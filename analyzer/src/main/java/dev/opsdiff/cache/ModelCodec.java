package dev.opsdiff.cache;

import dev.opsdiff.model.FileModel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A {@link FileModel} as bytes: a hand-written binary form of the model's records (deflated), with each distinct
 * string written once. Java serialization, used before, spent most of a warm check's decoding time describing
 * classes again for every file; this reads a kafka-sized neighbourhood several times faster. Reading builds only
 * model objects and bounds every count, so a cache file someone else wrote can fail to decode, never do harm.
 * Collections come back in their encoded iteration order (lists, insertion-ordered sets and maps), unmodifiable.
 */
public final class ModelCodec {
    private static final int MAGIC = 0x0D5F1E03;
    private static final int BUFFER = 16 * 1024;
    /** More than any model of a file under the parse limit inflates to (tens of bytes per line of source). */
    private static final int MAX_INFLATED = 256 * 1024 * 1024;
    /** How deep expressions nest at the most, writing and reading alike (a deeper one is not cached). */
    static final int MAX_DEPTH = 256;

    private ModelCodec() {
    }

    /** The bytes of a model, or null when it holds something this form cannot write (it is then not cached). */
    public static byte[] encode(FileModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Buffered: DataOutputStream writes a byte or a few at a time, and each write to a DeflaterOutputStream is
        // a native deflate call.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes),
                BUFFER))) {
            out.writeInt(MAGIC);
            new ModelWriter(out).file(model);
            out.writeInt(MAGIC); // a trailer: a cut entry never reads as a whole model
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return bytes.toByteArray();
    }

    /** The model, or null when the bytes are not a model of this format. */
    public static FileModel decode(byte[] data) {
        try {
            byte[] plain = inflate(data);
            if (plain == null) {
                return null;
            }
            ByteReader in = new ByteReader(plain, "cached model");
            if (in.readInt() != MAGIC) {
                return null;
            }
            FileModel model = new ModelReader(in).file();
            // The trailer, then the end of the data (a cut entry fails here, not silently).
            return in.readInt() == MAGIC && in.atEnd() ? model : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The whole entry inflated, read in place afterwards; null past {@link #MAX_INFLATED} bytes: a foreign entry
     * must not inflate into the heap without bound (a model of the largest file parsed is a few MB).
     */
    private static byte[] inflate(byte[] data) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(data))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(BUFFER, data.length * 4));
            byte[] chunk = new byte[BUFFER];
            for (int n; (n = in.read(chunk)) > 0; ) {
                out.write(chunk, 0, n);
                if (out.size() > MAX_INFLATED) {
                    return null;
                }
            }
            return out.toByteArray();
        }
    }
}
