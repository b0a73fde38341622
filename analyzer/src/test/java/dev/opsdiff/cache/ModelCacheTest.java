package dev.opsdiff.cache;

import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.frontend.JavaParserFrontEnd;
import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelCacheTest {
    private static final SourceFile FILE = SourceFile.of("src/main/java/a/Svc.java",
            "package a; class Svc { void m(java.util.List<String> xs) { for (String x : xs) { x.trim(); } } }");

    private static ProgramBuilder builder(ModelCache cache) {
        return new ProgramBuilder(new JavaParserFrontEnd(CatalogLoader.builtIn().loops()), 1, cache, "v");
    }

    @Test
    void aSecondRunReadsTheModelInsteadOfParsing(@TempDir Path dir) {
        FileModel parsed;
        try (ProgramBuilder first = builder(ModelCache.open(dir, ModelCache.DEFAULT_MAX_BYTES))) {
            parsed = first.parse(FILE, "after").model();
            assertEquals(1, first.parsedFiles());
        }
        try (ProgramBuilder second = builder(ModelCache.open(dir, ModelCache.DEFAULT_MAX_BYTES))) {
            FileModel cached = second.parse(FILE, "after").model();
            assertEquals(0, second.parsedFiles());
            assertEquals(1, second.cachedFiles());
            assertEquals(parsed.toString(), cached.toString()); // MethodModel has identity equality
            assertEquals(parsed.types().get(0).methods().get(0).calls(), cached.types().get(0).methods().get(0).calls());
        }
    }

    @Test
    void aCorruptOrForeignEntryIsAMissAndIsRewritten(@TempDir Path dir) throws IOException {
        try (ProgramBuilder first = builder(ModelCache.open(dir, ModelCache.DEFAULT_MAX_BYTES))) {
            first.parse(FILE, "after");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        try (ProgramBuilder second = builder(ModelCache.open(dir, ModelCache.DEFAULT_MAX_BYTES))) {
            assertTrue(second.parse(FILE, "after").model() != null);
            assertEquals(1, second.parsedFiles());
        }
        try (ProgramBuilder third = builder(ModelCache.open(dir, ModelCache.DEFAULT_MAX_BYTES))) {
            third.parse(FILE, "after");
            assertEquals(1, third.cachedFiles());
        }
    }

    @Test
    void decodingRefusesClassesOutsideTheModel() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(
                new java.util.zip.DeflaterOutputStream(bytes))) {
            out.writeObject(new java.io.File("/etc/passwd"));
        }
        assertNull(ModelCodec.decode(bytes.toByteArray()));
        assertNull(ModelCodec.decode(new byte[0]));
    }

    @Test
    void aCutOrExtendedEntryNeverDecodes() throws IOException {
        FileModel model;
        try (ProgramBuilder b = builder(ModelCache.none())) {
            model = b.parse(FILE, "after").model();
        }
        byte[] plain = new java.util.zip.InflaterInputStream(
                new java.io.ByteArrayInputStream(ModelCodec.encode(model))).readAllBytes();
        assertEquals(model.toString(), ModelCodec.decode(deflated(plain, plain.length)).toString());
        for (int cut = 0; cut < plain.length; cut += Math.max(1, plain.length / 97)) {
            assertNull(ModelCodec.decode(deflated(plain, cut)), "cut at " + cut + " of " + plain.length);
        }
        byte[] longer = java.util.Arrays.copyOf(plain, plain.length + 1);
        assertNull(ModelCodec.decode(deflated(longer, longer.length)), "a byte after the trailer");
    }

    private static byte[] deflated(byte[] plain, int length) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(out)) {
            d.write(plain, 0, length);
        }
        return out.toByteArray();
    }

    @Test
    void storeWritesWholeEntriesAndKeepsItsBound(@TempDir Path dir) throws IOException {
        EntryStore store = new EntryStore(dir, 1000);
        byte[] entry = new byte[300];
        for (int i = 0; i < 10; i++) {
            entry[0] = (byte) i;
            store.write(ModelCache.key("k" + i), entry.clone());
        }
        Files.createDirectories(dir.resolve("ab"));
        Files.writeString(dir.resolve("ab").resolve(".tmp-crashed"), "half");
        store.trim();
        long total;
        try (Stream<Path> s = Files.walk(dir)) {
            total = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total <= 750, "trimmed to 3/4 of the bound: " + total);
        for (int i = 0; i < 10; i++) {
            byte[] kept = store.read(ModelCache.key("k" + i));
            if (kept != null) {
                entry[0] = (byte) i;
                assertArrayEquals(entry, kept, "an entry is whole or absent");
            }
        }
    }

    @Test
    void noCacheNeverWrites(@TempDir Path dir) throws IOException {
        try (ProgramBuilder b = builder(ModelCache.none())) {
            b.parse(FILE, "after");
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void classesRecompiledInTheirDirectoryGetANewCacheFolder(@TempDir Path dir) throws Exception {
        Path classes = java.nio.file.Files.createDirectories(dir.resolve("classes/dev/opsdiff"));
        Path walker = java.nio.file.Files.writeString(classes.resolve("Walker.class"), "v1");
        String before = ModelCache.codeFingerprint(dir.resolve("classes"));
        assertEquals(before, ModelCache.codeFingerprint(dir.resolve("classes")), "stable while nothing changes");

        // Same size, one nested file newer: the directory's own size and time stay as they were.
        java.nio.file.Files.writeString(walker, "v2");
        java.nio.file.Files.setLastModifiedTime(walker, java.nio.file.attribute.FileTime.fromMillis(
                java.nio.file.Files.getLastModifiedTime(walker).toMillis() + 5_000));
        org.junit.jupiter.api.Assertions.assertNotEquals(before, ModelCache.codeFingerprint(dir.resolve("classes")));
    }
}
