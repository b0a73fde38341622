package dev.opsdiff.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads, in place from a byte array, what a {@link java.io.DataOutputStream} wrote: big-endian numbers, booleans,
 * bytes and UTF-8 strings. Decoding a cached model or the facts pack through {@code DataInputStream} over buffered
 * streams spent a fifth of its time in per-byte, synchronized stream calls; a check decodes hundreds of them.
 * Reading past the end is an {@link IOException} (a cut or foreign entry), never an unchecked exception.
 */
public final class ByteReader {
    private final byte[] bytes;
    private final String what;
    private int at;

    /** @param what the kind of data, for the message of a truncated read ("facts pack") */
    public ByteReader(byte[] bytes, String what) {
        this.bytes = bytes;
        this.what = what;
    }

    public int readInt() throws IOException {
        need(4);
        int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | (bytes[at + 3] & 0xff);
        at += 4;
        return v;
    }

    public long readLong() throws IOException {
        return (long) readInt() << 32 | (readInt() & 0xffffffffL);
    }

    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    public boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    public int readUnsignedByte() throws IOException {
        need(1);
        return bytes[at++] & 0xff;
    }

    /** {@code length} bytes of UTF-8. */
    public String readUtf8(int length) throws IOException {
        if (length < 0) {
            throw new IOException("bad length in " + what);
        }
        need(length);
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    /** A string as an int length and that many bytes of UTF-8. */
    public String readString() throws IOException {
        return readUtf8(readInt());
    }

    /** Whether every byte was read. */
    public boolean atEnd() {
        return at == bytes.length;
    }

    private void need(int n) throws IOException {
        if (n > bytes.length - at) {
            throw new IOException("truncated " + what);
        }
    }
}
