package dev.opsdiff.testing;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.frontend.JavaParserFrontEnd;
import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.util.ArrayList;
import java.util.List;

/** Builds models from inline Java sources for unit tests. */
public final class Sources {
    public static final Catalog CATALOG = CatalogLoader.builtIn();

    private Sources() {
    }

    /** Alternating path, source pairs. */
    public static Snapshot snapshot(String... pathsAndSources) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            files.add(SourceFile.of(pathsAndSources[i], pathsAndSources[i + 1]));
        }
        return Snapshot.of("test", files);
    }

    public static ProgramModel program(String... pathsAndSources) {
        try (ProgramBuilder b = new ProgramBuilder(new JavaParserFrontEnd(CATALOG.loops()), 1)) {
            return b.build(snapshot(pathsAndSources), "after");
        }
    }

    public static ResolvedProgram resolved(String... pathsAndSources) {
        return new ResolvedProgram(program(pathsAndSources), CATALOG);
    }

    public static MethodModel method(ProgramModel p, String typeSimpleName, String name) {
        return p.types().stream().filter(t -> t.simpleName().equals(typeSimpleName))
                .flatMap(t -> t.methods().stream()).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no method " + typeSimpleName + "." + name));
    }
}
