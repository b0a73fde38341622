package dev.opsdiff.cli;

import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.report.ReportContext;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.InputException;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code opsdiff diff BEFORE AFTER}: two directories or two .java files. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Compare two versions of Java sources.",
        description = "Reports what got operationally riskier between BEFORE and AFTER. They are two directories "
                + "(files are paired by path, moved files by the types they declare) or two .java files. Sources "
                + "are only read, never modified.",
        footer = {"", "Examples:", "  opsdiff diff old/src new/src",
                "  opsdiff diff before/Pricing.java after/Pricing.java --format markdown",
                "  opsdiff diff old new --format sarif -o opsdiff.sarif --fail-on warning",
                "  opsdiff diff old new --sarif-output opsdiff.sarif --text-output opsdiff.txt",
                "  mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt",
                "  opsdiff diff old new --classpath @cp.txt  # precise: types through the jars"})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BEFORE", description = "The old version: a directory or a .java file.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The new version: a directory or a .java file.")
    Path after;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CatalogLoader.preload(); // overlaps with reading the directories
        boolean beforeDir = Files.isDirectory(before);
        boolean afterDir = Files.isDirectory(after);
        Snapshot b = FileSystemSnapshots.open(before);
        Snapshot a = FileSystemSnapshots.open(after);
        if (beforeDir != afterDir) {
            throw new InputException("BEFORE and AFTER must both be directories or both be .java files: "
                    + before + ", " + after);
        }
        if (!beforeDir) {
            // Two single files are one file in two versions: give both the AFTER name so they pair by path.
            String name = after.getFileName().toString();
            b = Snapshot.of(before.toString(), List.of(new SourceFile(name, () -> read(before))));
            a = Snapshot.of(after.toString(), List.of(new SourceFile(name, () -> read(after))));
        }
        Path defaultConfig = afterDir ? after.resolve(".opsdiff.yml") : null;
        ReportContext context = ReportContext.of(VersionProvider.version(), before + " → " + after);
        return new AnalysisRunner(options, spec.commandLine().getOut(), spec.commandLine().getErr(),
                Main.stdoutIsTerminal(spec))
                .run(b, a, defaultConfig, context);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
