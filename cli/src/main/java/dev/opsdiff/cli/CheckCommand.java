package dev.opsdiff.cli;

import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.cli.git.CommandLineScan;
import dev.opsdiff.cli.git.EarlyRepository;
import dev.opsdiff.cli.git.GitRange;
import dev.opsdiff.cli.git.GitRepos;
import dev.opsdiff.cli.git.GitSnapshots;
import dev.opsdiff.cli.git.ObjectSource;
import dev.opsdiff.cli.git.PathScope;
import dev.opsdiff.cli.git.RangeResolver;
import dev.opsdiff.cli.git.WorkingTreeScan;
import dev.opsdiff.report.ReportContext;
import dev.opsdiff.source.InputException;
import dev.opsdiff.source.Snapshot;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code opsdiff check [--base REF | --staged] [--repo DIR]}: the change in a git checkout. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Check the change in a git checkout against a commit.",
        description = "Compares what you are about to commit, or what a branch adds, with the commit it starts "
                + "from. By default the working tree (modified tracked files and new files git does not ignore) is "
                + "compared with HEAD; --staged compares what 'git commit' would record; --base compares the working "
                + "tree with the point where HEAD branched off REF (the merge base), as a pull request does. The old "
                + "side is read from git objects: nothing is checked out or modified.",
        footer = {"", "Examples:",
                "  opsdiff check                     # uncommitted work vs HEAD",
                "  opsdiff check --staged            # what 'git commit' would record",
                "  opsdiff check --base origin/main  # the whole branch, as its PR shows it",
                "  opsdiff check --base HEAD~1       # the last commit (and uncommitted work)",
                "  opsdiff check --base origin/main --format github \\",
                "      --sarif-output opsdiff.sarif --markdown-output summary.md",
                "                                    # one analysis, three reports (CI)",
                "  opsdiff check --baseline accepted.sarif  # skip findings already accepted",
                "  mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt",
                "  opsdiff check --classpath @cp.txt  # precise: types through the jars",
                "",
                "In CI, check out with full history (actions/checkout: fetch-depth: 0) so that the merge base "
                        + "exists; the GitHub Action in opsdiff's repository does all of this. More: "
                        + "docs/git-and-ci.md."})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--base", paramLabel = "REF",
            description = "Compare with the merge base of REF and HEAD (e.g. origin/main, a tag, HEAD~1).")
    String base;

    @Option(names = "--staged", description = "Compare the index (staged changes) with HEAD; unstaged edits are ignored.")
    boolean staged;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "A directory inside the repository (default: the current directory).")
    Path repo;

    @Option(names = "--config-from", paramLabel = "SIDE", defaultValue = "base",
            converter = ConfigFromConverter.class, completionCandidates = ConfigFromConverter.Candidates.class,
            description = "Where .opsdiff.yml and the --baseline file are read from: base (default: the base commit, "
                    + "so a change cannot switch its own check off) or head (the working tree, for repositories that "
                    + "review configuration separately). Edits the change makes to them are reported either way.")
    TrustedInputs.From configFrom;

    @Mixin
    CommonOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class ConfigFromConverter implements CommandLine.ITypeConverter<TrustedInputs.From> {
        static final class Candidates extends java.util.ArrayList<String> {
            Candidates() {
                super(List.of("base", "head"));
            }
        }

        @Override
        public TrustedInputs.From convert(String value) {
            return switch (value) {
                case "base" -> TrustedInputs.From.BASE;
                case "head" -> TrustedInputs.From.HEAD;
                default -> throw new CommandLine.TypeConversionException("expected base or head, not '" + value + "'");
            };
        }
    }

    @Override
    public Integer call() {
        if (base != null && staged) {
            throw new InputException("--base and --staged cannot be combined: --staged always compares the index "
                    + "with HEAD; to check a branch use --base alone");
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        CatalogLoader.preload(); // overlaps with git
        Path dir = repo == null ? Path.of("") : repo;
        CommandLineScan.Sides read = CommandLineScan.take(dir, base, staged);
        if (read != null) {
            try {
                err.println("opsdiff: checking " + read.range().label());
                if (options.stats) {
                    err.println("opsdiff: git read with " + CommandLineScan.executable());
                }
                return check(read.range(), read.sides(), read.objects(), started, err);
            } finally {
                CommandLineScan.close(read);
            }
        }
        EarlyRepository.Opened early = EarlyRepository.take(dir);
        try (Repository repository = early != null ? early.repository() : GitRepos.open(dir)) {
            // The working tree is compared with the index while the base is resolved (they need nothing of each other).
            WorkingTreeScan workingTree = staged ? null : early != null && early.workingTree() != null
                    ? early.workingTree() : WorkingTreeScan.startEarly(repository, PathScope.ALL);
            GitRange range = new RangeResolver(repository, w -> err.println("opsdiff: warning: " + w))
                    .resolve(base, staged);
            err.println("opsdiff: checking " + range.label());
            if (options.stats) {
                err.println("opsdiff: git read with JGit" + (CommandLineScan.enabled()
                        ? " (this repository's state is one the git executable's reader leaves to JGit)" : ""));
            }
            GitSnapshots sides = GitSnapshots.build(repository, range, PathScope.ALL, workingTree);
            return check(range, sides, ObjectSource.of(repository), started, err);
        }
    }

    /** The analysis of the two sides, by whichever reader they were read. */
    private int check(GitRange range, GitSnapshots sides, ObjectSource objects, long started, PrintWriter err) {
        long scanned = System.nanoTime();
        ReportContext context = new ReportContext(VersionProvider.version(), "opsdiff/", range.label(), "");
        AnalysisRunner runner = new AnalysisRunner(options, spec.commandLine().getOut(), err,
            Main.stdoutIsTerminal(spec), objects.cacheDirectory());
        runner.timed("command line", (started - Main.enteredNanos()) / 1_000_000);
        var rules = runner.rules();
        TrustedInputs.Resolved inputs = new TrustedInputs(objects, range, configFrom)
                .resolve(options.config, options.baseline, rules);
        runner.timed("git", (scanned - started) / 1_000_000);
        runner.timed("configuration", (System.nanoTime() - scanned) / 1_000_000);
        inputs.notices().forEach(n -> err.println("opsdiff: notice: " + n));
        context = context.withNotices(inputs.notices());
        if (sides.changedFiles() == 0) {
            err.println("opsdiff: no Java changes to check");
            // Still run (on nothing) so that the requested report exists, e.g. an empty SARIF for upload.
            Snapshot empty = Snapshot.of("(nothing changed)", List.of());
            return runner.run(empty, empty, rules, inputs.config(), inputs.baseline(), context);
        }
        return runner.run(sides.before(), sides.after(), rules, inputs.config(), inputs.baseline(), context);
    }
}
