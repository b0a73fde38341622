package dev.opsdiff.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/** One file of a snapshot: its path relative to the snapshot root (always '/'-separated) and lazily read text. */
public final class SourceFile {
    private final String path;
    private final Supplier<String> reader;
    private String text;
    private String hash;

    public SourceFile(String path, Supplier<String> reader) {
        this(path, reader, null);
    }

    /**
     * @param knownId an id of the content that the source already knows (a git blob id), so caches keyed by content
     *                need not read the file; null: the content's SHA-256, computed when first asked
     */
    public SourceFile(String path, Supplier<String> reader, String knownId) {
        this.path = Objects.requireNonNull(path).replace('\\', '/');
        this.reader = reader;
        this.hash = knownId;
    }

    public static SourceFile of(String path, String text) {
        return new SourceFile(path, () -> text);
    }

    public String path() {
        return path;
    }

    public synchronized String text() {
        if (text == null) {
            text = reader.get();
        }
        return text;
    }

    /**
     * Content hash, used to share one parsed model between sides when a file did not change and as the key of cached
     * per-file results: the known id when the source gave one (all files of one snapshot pair come from the same
     * source, so ids compare alike), else the SHA-256 of the text.
     */
    public synchronized String contentHash() {
        if (hash == null) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
                hash = HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return hash;
    }

    public boolean isJava() {
        return path.endsWith(".java");
    }

    @Override
    public String toString() {
        return path;
    }
}
