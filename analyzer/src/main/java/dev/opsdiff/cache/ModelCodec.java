package dev.opsdiff.cache;

import dev.opsdiff.model.FileModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
        // Buffered for the same reason: an unbuffered single-byte read is a native inflate call.
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(data)), BUFFER))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            FileModel model = new ModelReader(in).file();
            // The trailer, then the end of the compressed stream (a cut one fails here, not silently).
            return in.readInt() == MAGIC && in.read() == -1 ? model : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
