package dev.opsdiff.engine;

import dev.opsdiff.cache.ByteReader;
import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.source.SourceFile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link SourceFacts} of every file a repository's checks have seen, keyed by content id, in one cache entry: a
 * check reads one file instead of reading and scanning the text of every file of the tree (on kafka, 5k files and
 * about half a second of every check). Files with a known id (git blobs) are then never read at all unless the
 * analysis parses them. The entry is rewritten, whole and atomically, only when a run met new content; it keeps what
 * this run used first and older entries up to a bound.
 */
final class FactsPack implements TypeIndex.FactsSource {
    private static final String KEY = "facts-pack";
    /** Version 2: words stored framed (as {@link Words} holds them), strings read in place. */
    private static final int MAGIC = 0x0F5DAC02;
    /** About 3× kafka's tree: the files of a few releases stay cached without the entry growing without end. */
    static final int MAX_ENTRIES = 20_000;

    private final ModelCache cache;
    /** Read on first use: a check whose change reaches no Java file never needs it (~40 ms on kafka). */
    private Map<String, SourceFacts> stored;
    private final Map<String, SourceFacts> used = new LinkedHashMap<>();
    private int scanned;

    private FactsPack(ModelCache cache) {
        this.cache = cache;
    }

    /** The pack of {@code cache} (empty when the cache is disabled, absent or unreadable), read when first asked. */
    static FactsPack open(ModelCache cache) {
        return new FactsPack(cache);
    }

    private Map<String, SourceFacts> stored() {
        if (stored == null) {
            stored = Map.of();
            byte[] bytes = cache.get(ModelCache.Kind.FACTS, KEY);
            if (bytes != null) {
                try {
                    stored = decode(bytes);
                } catch (IOException | RuntimeException e) {
                    cache.forget(ModelCache.Kind.FACTS, KEY);
                }
            }
        }
        return stored;
    }

    @Override
    public SourceFacts of(SourceFile file) {
        String id = file.contentHash();
        SourceFacts f = used.get(id);
        if (f == null) {
            f = stored().get(id);
            if (f == null) {
                f = SourceFacts.scanFile(file);
                scanned++;
            }
            used.put(id, f);
        }
        return f;
    }

    /** Files whose facts were not in the pack. */
    int scanned() {
        return scanned;
    }

    /** Writes the pack when this run scanned something new. */
    void save() {
        if (scanned == 0 || !cache.enabled()) {
            return;
        }
        Map<String, SourceFacts> out = new LinkedHashMap<>(used);
        for (Map.Entry<String, SourceFacts> e : stored().entrySet()) {
            if (out.size() >= MAX_ENTRIES) {
                break;
            }
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        try {
            cache.put(ModelCache.Kind.FACTS, KEY, encode(out));
        } catch (IOException | RuntimeException e) {
            // A cache never fails an analysis: the next run scans again.
        }
    }

    static byte[] encode(Map<String, SourceFacts> facts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(facts.size() * 512);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(facts.size());
        for (Map.Entry<String, SourceFacts> e : facts.entrySet()) {
            SourceFacts f = e.getValue();
            writeString(out, e.getKey());
            writeString(out, f.packageName());
            out.writeBoolean(f.readsConfig());
            out.writeBoolean(f.registersMappers());
            out.writeInt(f.types().size());
            for (SourceFacts.DeclaredType t : f.types()) {
                writeString(out, t.qualifiedName());
                writeString(out, String.join("\n", new TreeSet<>(t.supertypeWords())));
            }
            writeString(out, Words.framed(f.words()));
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * Read in place from the pack's bytes (one string per field, no intermediate copies): every check with a Java
     * change decodes the facts of the whole tree (3k entries, 2 MB on kafka) in a cold JVM.
     */
    static Map<String, SourceFacts> decode(byte[] bytes) throws IOException {
        ByteReader in = new ByteReader(bytes, "facts pack");
        if (in.readInt() != MAGIC) {
            throw new IOException("not a facts pack");
        }
        int n = in.readInt();
        if (n < 0 || n > MAX_ENTRIES * 2) {
            throw new IOException("bad facts pack size " + n);
        }
        Map<String, SourceFacts> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String id = in.readString();
            String pkg = in.readString();
            boolean readsConfig = in.readBoolean();
            boolean registers = in.readBoolean();
            int types = in.readInt();
            if (types < 0 || types > bytes.length) {
                throw new IOException("truncated facts pack");
            }
            List<SourceFacts.DeclaredType> declared = new ArrayList<>(types);
            for (int t = 0; t < types; t++) {
                String name = in.readString();
                String supers = in.readString();
                declared.add(new SourceFacts.DeclaredType(name,
                        supers.isEmpty() ? Set.of() : Set.of(supers.split("\n"))));
            }
            out.put(id, new SourceFacts(pkg, List.copyOf(declared), Words.ofFramed(in.readString()), readsConfig,
                    registers));
        }
        return out;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /**
     * A file's words as one newline-framed string: decoding a pack then makes one string per file instead of a
     * hash set of hundreds, and the few look-ups a check makes ({@link TypeIndex#filesMentioning}) stay cheap.
     */
    static final class Words extends AbstractSet<String> {
        private final String framed;

        private Words(String framed) {
            this.framed = framed;
        }

        /** From {@link #framed}'s form: {@code \n} before, between and after the sorted words. */
        static Words ofFramed(String framed) throws IOException {
            if (framed.isEmpty() || framed.charAt(0) != '\n' || framed.charAt(framed.length() - 1) != '\n') {
                throw new IOException("bad word list in facts pack");
            }
            return new Words(framed);
        }

        static String framed(Set<String> words) {
            return words instanceof Words w ? w.framed : "\n" + String.join("\n", new TreeSet<>(words)) + "\n";
        }

        /**
         * Binary search over the sorted lines: a check looks a word up in every file of the tree (readers of a
         * changed type), and scanning each file's whole word list made that tens of megabytes per word on kafka.
         */
        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String s) || s.isEmpty() || s.indexOf('\n') >= 0) {
                return false;
            }
            // lo and hi are newlines; the word, if present, is a line between them.
            int lo = 0;
            int hi = framed.length() - 1;
            while (lo < hi) {
                int lineStart = framed.lastIndexOf('\n', (lo + hi) >>> 1) + 1;
                int lineEnd = framed.indexOf('\n', lineStart);
                int c = compare(s, lineStart, lineEnd);
                if (c == 0) {
                    return true;
                }
                if (c < 0) {
                    hi = lineStart - 1;
                } else {
                    lo = lineEnd;
                }
            }
            return false;
        }

        /** {@code s.compareTo(framed.substring(from, to))} without the substring. */
        private int compare(String s, int from, int to) {
            int n = Math.min(s.length(), to - from);
            for (int i = 0; i < n; i++) {
                int d = s.charAt(i) - framed.charAt(from + i);
                if (d != 0) {
                    return d;
                }
            }
            return s.length() - (to - from);
        }

        @Override
        public Iterator<String> iterator() {
            String inner = framed.substring(1, framed.length() - 1);
            return (inner.isEmpty() ? List.<String>of() : List.of(inner.split("\n"))).iterator();
        }

        @Override
        public int size() {
            String inner = framed.substring(1, framed.length() - 1);
            return inner.isEmpty() ? 0 : (int) inner.chars().filter(c -> c == '\n').count() + 1;
        }
    }
}
