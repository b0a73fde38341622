package dev.opsdiff.corpus;

import dev.opsdiff.cache.ModelCodec;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.frontend.FrontEnd;
import dev.opsdiff.frontend.JavaParserFrontEnd;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The model cache's codec loses nothing: every file of the corpus (both sides of every case) is modelled, encoded
 * and decoded, and the decoded model compared with the original component by component, collections in their
 * iteration order (what the analysis sees).
 */
class ModelCodecRoundTripTest {
    @Test
    void everyCorpusModelSurvivesTheCacheUnchanged() throws Exception {
        FrontEnd frontEnd = new JavaParserFrontEnd(CatalogLoader.builtIn().loops());
        int files = 0;
        for (CorpusCase c : CorpusCase.discover(CorpusTest.CASES)) {
            for (var dir : List.of(c.before(), c.after())) {
                for (SourceFile f : FileSystemSnapshots.directory(dir).files()) {
                    FrontEnd.Result r = frontEnd.build(f, "before");
                    if (r.model() == null) {
                        continue;
                    }
                    byte[] bytes = ModelCodec.encode(r.model());
                    assertNotNull(bytes, "not encodable: " + dir.resolve(f.path()));
                    FileModel decoded = ModelCodec.decode(bytes);
                    assertNotNull(decoded, "not decodable: " + dir.resolve(f.path()));
                    same(r.model(), decoded, dir.resolve(f.path()).toString());
                    files++;
                }
            }
        }
        assertTrue(files > 300, "only " + files + " corpus files modelled");
    }

    @Test
    void truncatedOrForeignBytesAreNotAModel() {
        FrontEnd frontEnd = new JavaParserFrontEnd(CatalogLoader.builtIn().loops());
        FileModel model = frontEnd.build(SourceFile.of("A.java", "package a; class A { int m(java.util.List<String> "
                + "xs) { for (String x : xs) { x.trim(); } return 1; } }"), "after").model();
        byte[] bytes = ModelCodec.encode(model);
        for (int cut = 0; cut < bytes.length; cut += 7) {
            assertEquals(null, ModelCodec.decode(java.util.Arrays.copyOf(bytes, cut)), "cut at " + cut);
        }
    }

    private static void same(Object expected, Object actual, String where) throws Exception {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, where);
            return;
        }
        if (expected instanceof Record rec) {
            assertEquals(expected.getClass(), actual.getClass(), where);
            for (RecordComponent rc : rec.getClass().getRecordComponents()) {
                same(rc.getAccessor().invoke(expected), rc.getAccessor().invoke(actual), where + "." + rc.getName());
            }
        } else if (expected instanceof MethodModel m) {
            MethodModel a = (MethodModel) actual;
            same(m.id(), a.id(), where);
            same(m.returnType(), a.returnType(), where + ".returnType");
            same(m.parameters(), a.parameters(), where + ".parameters");
            same(m.annotations(), a.annotations(), where + ".annotations");
            same(m.modifiers(), a.modifiers(), where + ".modifiers");
            same(m.hasBody(), a.hasBody(), where + ".hasBody");
            same(m.location(), a.location(), where + ".location");
            same(m.calls(), a.calls(), where + ".calls");
            same(m.loops(), a.loops(), where + ".loops");
            same(m.guards(), a.guards(), where + ".guards");
            same(m.bodyTokens(), a.bodyTokens(), where + ".bodyTokens");
            same(m.suppressions(), a.suppressions(), where + ".suppressions");
        } else if (expected instanceof Map<?, ?> map) {
            assertEquals(map.size(), ((Map<?, ?>) actual).size(), where + ".size");
            Iterator<? extends Map.Entry<?, ?>> x = map.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> y = ((Map<?, ?>) actual).entrySet().iterator();
            while (x.hasNext()) {
                Map.Entry<?, ?> ex = x.next();
                Map.Entry<?, ?> ac = y.next();
                same(ex.getKey(), ac.getKey(), where + ".key");
                same(ex.getValue(), ac.getValue(), where + "[" + ex.getKey() + "]");
            }
        } else if (expected instanceof Collection<?> col) {
            Collection<?> other = (Collection<?>) actual;
            assertEquals(col.size(), other.size(), where + ".size");
            Iterator<?> x = col.iterator();
            Iterator<?> y = other.iterator();
            int i = 0;
            while (x.hasNext()) {
                same(x.next(), y.next(), where + "[" + i++ + "]");
            }
        } else if (expected instanceof String || expected instanceof Number || expected instanceof Boolean
                || expected instanceof Enum<?> || expected instanceof Character) {
            assertEquals(expected, actual, where);
        } else {
            fail(where + ": unexpected model value of " + expected.getClass());
        }
    }
}
