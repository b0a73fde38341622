package dev.opsdiff.cache;

import dev.opsdiff.model.FileModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A {@link FileModel} as bytes (Java serialization of the model's records, deflated). Reading admits only the
 * model's own classes and the JDK's collections and boxed values, with bounded depth and size: a cache file that
 * someone else wrote cannot make the reader build arbitrary objects.
 */
public final class ModelCodec {
    private static final ObjectInputFilter ONLY_MODEL = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=5000000;maxbytes=268435456;maxarray=5000000;"
                    + "dev.opsdiff.model.**;java.util.*;java.lang.*;!*");

    private ModelCodec() {
    }

    public static byte[] encode(FileModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeObject(model);
        } catch (IOException | RuntimeException e) {
            return null; // not cacheable; the caller keeps the model it has
        }
        return bytes.toByteArray();
    }

    /** The model, or null when the bytes are not a model of this format. */
    public static FileModel decode(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            in.setObjectInputFilter(ONLY_MODEL);
            return in.readObject() instanceof FileModel m ? m : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }
}
