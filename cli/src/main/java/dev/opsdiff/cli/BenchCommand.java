package dev.opsdiff.cli;

import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.InputException;
import dev.opsdiff.source.Snapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code opsdiff bench}: the speed harness. Analyzes BEFORE/AFTER pairs repeatedly in one JVM and prints the cold
 * and warm figures (median of the warm runs), so performance is measured, not asserted in unit tests.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        header = "Measure analysis speed on BEFORE/AFTER pairs.",
        description = "Analyzes each BEFORE/AFTER pair --runs times in one JVM and prints the cold and warm figures. "
                + "With --cases DIR, every DIR/*/*/{before,after} pair (the test corpus layout) is one pair.",
        footer = {"", "Examples:",
                "  opsdiff bench --cases test-corpus/cases",
                "  opsdiff bench old/src new/src --runs 10"})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "DIR", description = "BEFORE and AFTER directories.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--cases", paramLabel = "DIR", description = "A corpus root: DIR/<group>/<case>/{before,after}.")
    Path cases;

    @Option(names = "--runs", defaultValue = "5", description = "Runs per pair (the first is the cold run).")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path[]> pairs = pairs();
        PrintWriter out = spec.commandLine().getOut();
        Analyzer analyzer = new Analyzer(Analyzer.discoverRules(), Config.empty(), Settings.defaults());
        long[] totals = new long[runs];
        int files = 0;
        int methods = 0;
        int findings = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (Path[] p : pairs) {
                Snapshot b = FileSystemSnapshots.directory(p[0]);
                Snapshot a = FileSystemSnapshots.directory(p[1]);
                AnalysisResult r = analyzer.analyze(b, a);
                if (run == 0) {
                    files += r.stats().files();
                    methods += r.stats().methods();
                    findings += r.findings().size();
                }
            }
            totals[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(totals, Math.min(1, runs - 1), runs);
        Arrays.sort(warm);
        out.printf("pairs %d, files %d, methods %d, findings %d%n", pairs.size(), files, methods, findings);
        out.printf("cold run %d ms; warm median %d ms (%d warm runs); per pair warm %.1f ms%n", totals[0],
                warm[warm.length / 2], warm.length, (double) warm[warm.length / 2] / pairs.size());
        Runtime rt = Runtime.getRuntime();
        out.printf("heap used %d MiB of %d MiB max%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    private List<Path[]> pairs() throws IOException {
        List<Path[]> out = new ArrayList<>();
        if (cases != null) {
            try (Stream<Path> s = Files.walk(cases, 2)) {
                s.filter(p -> Files.isDirectory(p.resolve("before")) && Files.isDirectory(p.resolve("after")))
                        .sorted().forEach(p -> out.add(new Path[] {p.resolve("before"), p.resolve("after")}));
            }
        } else if (dirs.size() == 2) {
            out.add(new Path[] {dirs.get(0), dirs.get(1)});
        }
        if (out.isEmpty()) {
            throw new InputException("give BEFORE and AFTER directories, or --cases DIR with before/after pairs");
        }
        return out;
    }
}
