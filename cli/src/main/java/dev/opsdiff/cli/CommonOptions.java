package dev.opsdiff.cli;

import dev.opsdiff.report.ReportFormat;
import dev.opsdiff.report.ReportSet;
import dev.opsdiff.report.ReportTarget;
import dev.opsdiff.rule.Level;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by {@code diff} and {@code check} (CONVENTIONS.md, "Command line"). */
public final class CommonOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, completionCandidates = FormatConverter.Candidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "github prints workflow-command annotations for GitHub Actions; codequality writes GitLab's "
                    + "Code Quality report.")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the --format report to FILE instead of standard output.")
    Path output;

    @Option(names = "--sarif-output", paramLabel = "FILE",
            description = "Also write a SARIF report to FILE, from the same analysis (may be repeated).")
    List<Path> sarifOutputs = new ArrayList<>();

    @Option(names = "--markdown-output", paramLabel = "FILE",
            description = "Also write a Markdown report to FILE, from the same analysis (may be repeated).")
    List<Path> markdownOutputs = new ArrayList<>();

    @Option(names = "--text-output", paramLabel = "FILE",
            description = "Also write a text report to FILE, from the same analysis (may be repeated).")
    List<Path> textOutputs = new ArrayList<>();

    @Option(names = "--codequality-output", paramLabel = "FILE",
            description = "Also write a GitLab Code Quality report to FILE, from the same analysis (may be repeated).")
    List<Path> codequalityOutputs = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ColorChoice.Converter.class,
            completionCandidates = ColorChoice.Candidates.class,
            description = "Colour the text report: auto (default: only when standard output is a terminal and "
                    + "NO_COLOR is not set), always or never.")
    ColorChoice color;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = LevelConverter.class,
            completionCandidates = LevelConverter.Candidates.class,
            description = "Exit with 1 when a finding is at or above LEVEL: error, warning, note or never "
                    + "(default: ${DEFAULT-VALUE}).")
    Level failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: .opsdiff.yml in the repository root or AFTER root, when present).")
    Path config;

    @Option(names = "--enable", split = ",", paramLabel = "RULE_ID",
            description = "Run these rules even if the configuration disables them.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "RULE_ID", description = "Do not run these rules.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A SARIF report of accepted findings (e.g. an earlier run with --format sarif): findings "
                    + "with the same opsdiff fingerprint are left out of the report and the exit code.")
    Path baseline;

    @Option(names = "--no-new-suppressions",
            description = "Do not honour opsdiff:ignore comments or @SuppressWarnings(\"opsdiff:...\") that the "
                    + "change itself adds: such findings count for --fail-on and show as unsuppressed.")
    boolean noNewSuppressions;

    @Option(names = "--stats", description = "Print files, methods, parse and analysis time, and the time each phase "
            + "took (git, reach, models, each rule), to standard error.")
    boolean stats;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--fail-above-calls", paramLabel = "N",
            description = "With workload sizes declared in .opsdiff.yml: a finding whose estimate is at most N calls "
                    + "per request at p95 is reported but does not fail the run (overrides workload.failAboveCalls).")
    Integer failAboveCalls;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress on standard error (it is shown only on a terminal, and only when the "
                    + "analysis takes more than two seconds).")
    boolean quiet;

    /**
     * Every report this run writes: the {@code --format} report (to {@code --output} or standard output) first, then
     * the extra reports in the order SARIF, Markdown, text, Code Quality.
     *
     * @param colorOnStream whether the report on standard output may be coloured
     */
    ReportSet reports(boolean colorOnStream) {
        List<ReportTarget> targets = new ArrayList<>();
        targets.add(output == null ? ReportTarget.stream(format, colorOnStream) : ReportTarget.file(format, output));
        sarifOutputs.forEach(p -> targets.add(ReportTarget.file(ReportFormat.SARIF, p)));
        markdownOutputs.forEach(p -> targets.add(ReportTarget.file(ReportFormat.MARKDOWN, p)));
        textOutputs.forEach(p -> targets.add(ReportTarget.file(ReportFormat.TEXT, p)));
        codequalityOutputs.forEach(p -> targets.add(ReportTarget.file(ReportFormat.CODEQUALITY, p)));
        return new ReportSet(targets);
    }

    /** Jars and class directories the sources compile against (set by the build-tool integrations). */
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Jars and class folders the sources compile against (separated by '${sys:path.separator}'; "
                    + "repeatable; @FILE reads them from FILE, e.g. the output of `mvn -q dependency:build-classpath "
                    + "-Dmdep.outputFile=cp.txt`). Selects the precise front end: receivers, supertypes and "
                    + "`var` types are resolved through the classpath.")
    List<String> classpathArguments = new ArrayList<>();

    /** {@link #classpath} and the {@code --classpath} entries, each of which must exist. */
    List<Path> effectiveClasspath() {
        List<Path> all = new ArrayList<>(classpath);
        classpathArguments.forEach(a -> all.addAll(ClasspathArgument.parse(a)));
        return all;
    }

    @Option(names = "--whole-tree",
            description = "Analyze every file of both sides, not only what the change reaches (slower; use it to check "
                    + "that a finding or a miss does not depend on which unchanged files were read).")
    boolean wholeTree;

    /** The engine's reference mode, for benchmarks and bug reports: every file, and rules run on every pair. */
    @Option(names = "--reference", hidden = true,
            description = "Analyze every file and run rules on every matched pair, changed path or not.")
    boolean reference;

    @Option(names = "--no-cache", description = "Neither read nor write the model cache (parse every file reached).")
    boolean noCache;

    /** {@code never} maps to {@link Level#NONE}: no level reaches it. */
    static final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
        static final class Candidates extends ArrayList<String> {
            Candidates() {
                super(List.of("error", "warning", "note", "never"));
            }
        }

        @Override
        public Level convert(String value) {
            if (value.equals("never")) {
                return Level.NONE;
            }
            if (value.equals("none")) {
                throw new picocli.CommandLine.TypeConversionException("use 'never' to never fail");
            }
            try {
                return Level.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "expected error, warning, note or never, not '" + value + "'");
            }
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.byId(value);
            } catch (dev.opsdiff.source.InputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }

        static final class Candidates extends ArrayList<String> {
            Candidates() {
                for (ReportFormat f : ReportFormat.values()) {
                    add(f.id());
                }
            }
        }
    }
}
