package dev.opsdiff.cli;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.config.Config;
import dev.opsdiff.config.ConfigLoader;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.report.ReportContext;
import dev.opsdiff.report.ReportSet;
import dev.opsdiff.report.ReportTarget;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.InputException;
import dev.opsdiff.source.Snapshot;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs the analysis for a command once, writes every requested report from it, and decides the exit code. */
final class AnalysisRunner {
    private final CommonOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colorOnStdout;
    private final Path cacheDir;
    /** How many times this run analyzed: one, however many reports it writes ({@code --stats} shows it). */
    private int analyses;
    /** What the last run reported (after the baseline and suppression choices), for the build-tool facade. */
    private AnalysisResult lastResult;
    /** Where the time went, for {@code --stats}. */
    private final RunTimes times = new RunTimes();

    /**
     * @param stdoutIsTerminal whether {@code out} is a terminal, for {@code --color=auto}
     * @param cacheDir         where per-file models are kept between runs, unless {@code --no-cache}
     */
    AnalysisRunner(CommonOptions options, PrintWriter out, PrintWriter err, boolean stdoutIsTerminal, Path cacheDir) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.colorOnStdout = options.color.enabled(System.getenv(), stdoutIsTerminal);
        this.cacheDir = cacheDir;
    }

    AnalysisRunner(CommonOptions options, PrintWriter out, PrintWriter err, boolean stdoutIsTerminal) {
        this(options, out, err, stdoutIsTerminal, ModelCache.userCacheDir());
    }

    /**
     * @param defaultConfig the {@code .opsdiff.yml} to use when {@code --config} is not given, if it exists
     */
    int run(Snapshot before, Snapshot after, Path defaultConfig, ReportContext context) {
        List<Rule> rules = rules();
        Config config = loadConfig(defaultConfig, rules);
        // Read before the analysis so that a bad file fails fast.
        Baseline baseline = options.baseline == null ? null : Baseline.load(options.baseline);
        return run(before, after, rules, config, baseline, context);
    }

    /** Time a command spent before the analysis (start-up, git), for the {@code --stats} time line. */
    void timed(String phase, long millis) {
        times.add(phase, millis);
    }

    /** Every rule, after checking that {@code --enable}/{@code --disable} name known ones. */
    List<Rule> rules() {
        List<Rule> rules = Analyzer.discoverRules();
        Set<String> known = new LinkedHashSet<>();
        rules.forEach(r -> known.add(r.descriptor().id()));
        for (String id : concat(options.enable, options.disable)) {
            if (!known.contains(id)) {
                throw new InputException("unknown rule '" + id + "' (known: " + String.join(", ", known) + ")");
            }
        }
        return rules;
    }

    /** Runs with configuration and baseline already chosen (a git check reads them from its base). */
    int run(Snapshot before, Snapshot after, List<Rule> rules, Config config, Baseline baseline,
            ReportContext context) {
        // Before the analysis, so that two reports aimed at one file fail fast.
        ReportSet reports = options.reports(colorOnStdout);
        Settings settings = new Settings(Set.copyOf(options.enable), Set.copyOf(options.disable),
                Settings.defaults().threads(), dev.opsdiff.cli.git.ChangedLines.HISTOGRAM)
                .withCache(options.noCache || cacheDir == null ? ModelCache.none()
                        : ModelCache.open(cacheDir, ModelCache.DEFAULT_MAX_BYTES))
                .withClasspath(options.effectiveClasspath())
                .withReach(options.reference ? Settings.Reach.REFERENCE
                        : options.wholeTree ? Settings.Reach.EVERYTHING : Settings.Reach.CALLS);
        AnalysisResult result = new Analyzer(rules, config, settings)
                .withProgress(TerminalProgress.forRun(options.quiet, err)).analyze(before, after);
        analyses++;
        if (baseline != null) {
            result = withoutAccepted(result, baseline);
        }
        if (options.noNewSuppressions) {
            result = withoutNewSuppressions(result);
        }
        lastResult = result;
        long reportStart = System.nanoTime();
        reports.writeAll(result, context, out);
        long reportMillis = (System.nanoTime() - reportStart) / 1_000_000;
        for (var p : result.problems()) {
            err.println("opsdiff: warning: could not parse " + p.path() + " (" + p.side() + ", line " + p.line()
                    + "): " + p.message() + "; skipped");
        }
        for (var p : result.fallbacks()) {
            err.println("opsdiff: note: the precise front end could not model " + p.path() + " (" + p.side() + "): "
                    + p.message() + "; analyzed with its declarations-only model");
        }
        if (options.stats) {
            AnalysisResult.Stats s = result.stats();
            err.println(s.frontEnd().equals(AnalysisResult.Stats.SPOON)
                    ? "opsdiff: front end: spoon (classpath), " + s.preciseFiles() + " files refined by Spoon or its "
                    + "cached facts, " + s.fallbackFiles() + " fell back to JavaParser, " + s.preciseMillis() + " ms"
                    : "opsdiff: front end: javaparser (no classpath)");
            err.printf("opsdiff: %d files (%d parsed, %d from cache), %d methods, %d matched pairs (unpaired: %d "
                    + "before, %d after; %d with a change on their path, checked by the rules), parse %d ms (all "
                    + "threads), total %d ms; %d findings dropped (nothing on their path changed)%n", s.files(),
                    s.parsedFiles(), s.cachedFiles(), s.methods(), s.pairs(), s.unpairedBefore(), s.unpairedAfter(),
                    s.checkedPairs(), s.parseMillis(), s.totalMillis(), s.droppedUnchanged());
            err.println("opsdiff: " + analyses + (analyses == 1 ? " analysis, " : " analyses, ")
                    + reports.targets().size() + (reports.targets().size() == 1 ? " report: " : " reports: ")
                    + String.join(", ", reports.targets().stream().map(ReportTarget::describe).toList()));
            times.addAll(s.phaseMillis());
            times.add("reports", reportMillis);
            err.println("opsdiff: time: " + times.line(rules.stream().map(r -> r.descriptor().id())
                    .collect(java.util.stream.Collectors.toSet())));
        }
        Integer threshold = options.failAboveCalls != null ? options.failAboveCalls : config.workload().failAboveCalls();
        boolean failing = result.findings().stream()
                .filter(f -> f.suppressed() == null)
                .filter(f -> threshold == null || dev.opsdiff.engine.WorkloadEstimates.p95(f).map(p -> p > threshold)
                        .orElse(true))
                .map(Finding::level).anyMatch(l -> l.atLeast(options.failOn));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** The result of the last {@link #run}, as reported; null before the first. */
    AnalysisResult lastResult() {
        return lastResult;
    }

    /** {@code --no-new-suppressions}: a suppression the change adds does not silence the finding. */
    private AnalysisResult withoutNewSuppressions(AnalysisResult result) {
        List<Finding> out = result.findings().stream()
                .map(f -> f.suppressed() != null && f.suppressionAddedByChange() ? f.withSuppression(null) : f).toList();
        long refused = result.findings().stream().filter(f -> f.suppressed() != null && f.suppressionAddedByChange())
                .count();
        if (refused > 0) {
            err.println("opsdiff: " + refused + (refused == 1 ? " finding" : " findings") + " suppressed by a comment "
                    + "or annotation this change adds, reported anyway (--no-new-suppressions)");
        }
        return result.withFindings(out);
    }

    /** Drops the findings the baseline accepts, from the report and from the exit code alike. */
    private AnalysisResult withoutAccepted(AnalysisResult result, Baseline baseline) {
        List<Finding> kept = result.findings().stream().filter(f -> !baseline.accepts(f)).toList();
        int accepted = result.findings().size() - kept.size();
        if (accepted > 0) {
            err.println("opsdiff: " + accepted + (accepted == 1 ? " finding" : " findings") + " accepted by baseline "
                    + baseline.file());
        }
        return result.withFindings(kept);
    }

    private Config loadConfig(Path defaultConfig, List<Rule> rules) {
        Path file = options.config;
        if (file != null && !Files.isRegularFile(file)) {
            throw new InputException("configuration file not found: " + file);
        }
        if (file == null && defaultConfig != null && Files.isRegularFile(defaultConfig)) {
            file = defaultConfig;
        }
        return file == null ? Config.empty() : ConfigLoader.load(file, Analyzer.ruleOptions(rules));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
