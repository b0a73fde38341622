package dev.opsdiff.cli;

import dev.opsdiff.cli.git.CommandLineScan;
import dev.opsdiff.cli.git.GitRange;
import dev.opsdiff.cli.git.GitRepos;
import dev.opsdiff.cli.git.GitSnapshots;
import dev.opsdiff.cli.git.ObjectSource;
import dev.opsdiff.cli.git.PathScope;
import dev.opsdiff.cli.git.RangeResolver;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.report.ReportContext;
import dev.opsdiff.report.ReportFormat;
import dev.opsdiff.report.ReportTarget;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code opsdiff check} for build tools (the Maven plugin): the same git code, trusted-input rules and analysis as
 * the command line, restricted to some directories of the repository (a module's source and resource roots), with
 * every report written to a file and the findings handed back instead of printed.
 *
 * <pre>{@code
 * GitCheck.Result r = GitCheck.in(moduleDir).baseRef("origin/main").roots(List.of(src, resources))
 *         .report(ReportFormat.SARIF, out.resolve("opsdiff.sarif")).classpath(jars).run();
 * }</pre>
 *
 * <p>The merge base of a base ref and HEAD is computed once per repository, ref and HEAD commit in this JVM and
 * shared by every check that asks for it (the modules of one build).
 */
public final class GitCheck {
    /** Merge bases already computed: git directory, base ref and HEAD commit to the range. */
    private static final Map<String, GitRange> RANGES = new ConcurrentHashMap<>();

    /** The base commit cannot be used: not a git checkout, unknown ref, shallow clone, no common history. */
    public static final class BaseUnavailableException extends InputException {
        BaseUnavailableException(InputException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * What a check found.
     *
     * @param range        the comparison, e.g. {@code working tree against origin/main...HEAD (merge base 1a2b3c4)}
     * @param changedFiles analyzable files changed under the roots; 0: nothing was analyzed and no report written
     * @param findings     every finding as reported (suppressed ones included, with {@link Finding#suppressed()})
     * @param notices      what the reports say about how the check ran (e.g. the change edits .opsdiff.yml)
     * @param failing      unsuppressed findings at or above the fail level
     * @param workTree     the repository's work tree, against which finding paths are relative
     * @param reports      the reports written
     * @param diagnostics  warnings the analysis printed (files that do not parse, baseline use, ...)
     */
    public record Result(String range, int changedFiles, List<Finding> findings, List<String> notices, int failing,
                         Path workTree, List<ReportTarget> reports, List<String> diagnostics) {
        /** Findings that count: not suppressed. */
        public List<Finding> reported() {
            return findings.stream().filter(f -> f.suppressed() == null).toList();
        }
    }

    private final Path dir;
    private String baseRef;
    private final List<Path> roots = new ArrayList<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private Path config;
    private boolean configFromHead;
    private Path baseline;
    private final List<ReportTarget> reports = new ArrayList<>();
    private Level failOn = Level.ERROR;
    private final List<Path> classpath = new ArrayList<>();
    private final List<String> enable = new ArrayList<>();
    private final List<String> disable = new ArrayList<>();
    private boolean noNewSuppressions;
    private boolean useCache = true;
    private Consumer<String> warn = w -> { };

    private GitCheck(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** A check of the repository that contains {@code dir}. */
    public static GitCheck in(Path dir) {
        return new GitCheck(dir);
    }

    /** Compare with the merge base of this ref and HEAD; null or {@code HEAD}: with HEAD (uncommitted work). */
    public GitCheck baseRef(String ref) {
        this.baseRef = ref == null || ref.isBlank() || ref.equals(Constants.HEAD) ? null : ref;
        return this;
    }

    /** Directories to check (absolute, inside the work tree); none: the whole repository. Missing ones are ignored. */
    public GitCheck roots(List<Path> dirs) {
        roots.addAll(dirs);
        return this;
    }

    /**
     * Glob patterns ({@code **}/{@code *}, as {@link FileSystems#getPathMatcher} "glob:") on a file's path relative to
     * its root, e.g. {@code com/acme/**}; no includes: every file. Excludes win.
     */
    public GitCheck includes(List<String> patterns) {
        includes.addAll(patterns);
        return this;
    }

    public GitCheck excludes(List<String> patterns) {
        excludes.addAll(patterns);
        return this;
    }

    /** The configuration file (default {@code .opsdiff.yml} at the repository root); relative: to that root. */
    public GitCheck config(Path file) {
        this.config = file;
        return this;
    }

    /** Read the configuration and baseline from the working tree instead of the base commit. */
    public GitCheck configFromHead(boolean head) {
        this.configFromHead = head;
        return this;
    }

    /** A SARIF file of accepted findings; relative: to the repository root. */
    public GitCheck baseline(Path file) {
        this.baseline = file;
        return this;
    }

    /** Also write this report (from the same analysis). */
    public GitCheck report(ReportFormat format, Path file) {
        reports.add(ReportTarget.file(format, file));
        return this;
    }

    /** The level at or above which a finding is {@link Result#failing()}; {@link Level#NONE}: never. */
    public GitCheck failOn(Level level) {
        this.failOn = Objects.requireNonNull(level, "level");
        return this;
    }

    /** The classpath the sources compile against; a non-empty one selects the precise front end. */
    public GitCheck classpath(List<Path> entries) {
        classpath.addAll(entries);
        return this;
    }

    public GitCheck enable(List<String> ruleIds) {
        enable.addAll(ruleIds);
        return this;
    }

    public GitCheck disable(List<String> ruleIds) {
        disable.addAll(ruleIds);
        return this;
    }

    public GitCheck noNewSuppressions(boolean refuse) {
        this.noNewSuppressions = refuse;
        return this;
    }

    /** Whether to use the model cache under the git directory (as {@code opsdiff check} does). */
    public GitCheck cache(boolean use) {
        this.useCache = use;
        return this;
    }

    /** Where warnings go (one line each, without the {@code opsdiff: } prefix). */
    public GitCheck warnings(Consumer<String> sink) {
        this.warn = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /**
     * {@code error}, {@code warning}, {@code note} or {@code never}, as {@code --fail-on} takes them.
     *
     * @throws InputException naming the accepted values
     */
    public static Level parseLevel(String value) {
        try {
            return new CommonOptions.LevelConverter().convert(value);
        } catch (picocli.CommandLine.TypeConversionException e) {
            throw new InputException("fail level: " + e.getMessage());
        }
    }

    /**
     * Runs the check. When no analyzable file under the roots changed, returns at once with
     * {@link Result#changedFiles()} 0, without analyzing or writing reports.
     *
     * @throws BaseUnavailableException when there is no base to compare with (one line saying how to fix it)
     * @throws InputException           for other problems the user can fix (bad configuration, unknown rule, ...)
     */
    public Result run() {
        CatalogLoader.preload(); // overlaps with git
        ModuleScope module = new ModuleScope(roots, includes, excludes);
        // The ordinary case through the git executable: no JGit repository, no pack index loaded per module.
        CommandLineScan.Location where = CommandLineScan.locate(dir);
        PathScope fastScope = where == null ? null : module.in(where.workTree());
        CommandLineScan.Sides read = fastScope == null ? null
                : CommandLineScan.read(where, baseRef, false, fastScope);
        if (read != null) {
            try {
                return check(read.range(), read.sides(), read.objects());
            } finally {
                CommandLineScan.close(read);
            }
        }
        Repository repository;
        try {
            repository = GitRepos.open(dir);
        } catch (InputException e) {
            throw new BaseUnavailableException(e);
        }
        try (repository) {
            GitRange range;
            try {
                range = range(repository);
            } catch (InputException e) {
                throw new BaseUnavailableException(e);
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            PathScope scope = module.in(workTree);
            if (scope == null) {
                return new Result(range.label(), 0, List.of(), List.of(), 0, workTree, List.of(), List.of());
            }
            // Not started before the range resolves: in a build's long-lived JVM, a scan left running after a
            // failed check would outlive the plugin's class loader.
            return check(range, GitSnapshots.build(repository, range, scope), ObjectSource.of(repository));
        }
    }

    /** The analysis of the two sides, by whichever reader they were read. */
    private Result check(GitRange range, GitSnapshots sides, ObjectSource objects) {
        Path workTree = objects.workTree();
        if (sides.changedFiles() == 0) {
            return new Result(range.label(), 0, List.of(), List.of(), 0, workTree, List.of(), List.of());
        }
        CommonOptions options = options();
        StringWriter errText = new StringWriter();
        PrintWriter err = new PrintWriter(errText);
        AnalysisRunner runner = new AnalysisRunner(options, new PrintWriter(Writer.nullWriter()), err, false,
                useCache ? objects.cacheDirectory() : null);
        var rules = runner.rules();
        TrustedInputs.Resolved inputs = new TrustedInputs(objects, range,
                configFromHead ? TrustedInputs.From.HEAD : TrustedInputs.From.BASE)
                .resolve(config == null ? null : workTree.resolve(config),
                        baseline == null ? null : workTree.resolve(baseline), rules);
        ReportContext context = new ReportContext(VersionProvider.version(), "opsdiff/", range.label(), "")
                .withNotices(inputs.notices());
        runner.run(sides.before(), sides.after(), rules, inputs.config(), inputs.baseline(), context);
        err.flush();
        AnalysisResult result = runner.lastResult();
        int failing = (int) result.findings().stream().filter(f -> f.suppressed() == null)
                .filter(f -> f.level().atLeast(failOn)).count();
        List<String> diagnostics = errText.toString().lines().map(l -> l.replaceFirst("^opsdiff: (warning: )?", ""))
                .toList();
        diagnostics.forEach(warn);
        return new Result(range.label(), sides.changedFiles(), result.findings(), inputs.notices(), failing,
                workTree, List.copyOf(reports), diagnostics);
    }

    /** The merge base, computed once per repository, ref and HEAD commit. */
    private GitRange range(Repository repository) {
        ObjectId head;
        try {
            head = repository.resolve(Constants.HEAD + "^{commit}");
        } catch (IOException | RuntimeException e) {
            head = null;
        }
        RangeResolver resolver = new RangeResolver(repository, warn);
        if (head == null) {
            return resolver.resolve(baseRef, false); // no commits yet: its message says what to do
        }
        ObjectId ref = null;
        if (baseRef != null) {
            try {
                ref = repository.resolve(baseRef + "^{commit}");
            } catch (IOException | RuntimeException e) {
                ref = null;
            }
            if (ref == null) {
                return resolver.resolve(baseRef, false); // unknown ref: its message says what to do
            }
        }
        // Both commits in the key: a long-lived JVM (mvnd) must not reuse a merge base after a fetch or a commit.
        String key = repository.getDirectory().getAbsolutePath() + '\0' + baseRef + '\0' + head.name() + '\0'
                + (ref == null ? "" : ref.name());
        return RANGES.computeIfAbsent(key, k -> resolver.resolve(baseRef, false));
    }

    private CommonOptions options() {
        CommonOptions o = new CommonOptions();
        // Set by picocli's defaults on the command line; here by hand.
        o.color = ColorChoice.NEVER;
        o.failOn = failOn;
        if (reports.isEmpty()) {
            o.format = ReportFormat.TEXT; // to the null writer: no report asked for
        } else {
            o.format = reports.get(0).format();
            o.output = reports.get(0).file();
            for (ReportTarget t : reports.subList(1, reports.size())) {
                switch (t.format()) {
                    case SARIF -> o.sarifOutputs.add(t.file());
                    case MARKDOWN -> o.markdownOutputs.add(t.file());
                    case TEXT -> o.textOutputs.add(t.file());
                    case CODEQUALITY -> o.codequalityOutputs.add(t.file());
                    case GITHUB -> throw new InputException("the github format can only be the first report");
                }
            }
        }
        o.enable = new ArrayList<>(enable);
        o.disable = new ArrayList<>(disable);
        o.noNewSuppressions = noNewSuppressions;
        o.classpath = new ArrayList<>(classpath);
        return o;
    }
}
