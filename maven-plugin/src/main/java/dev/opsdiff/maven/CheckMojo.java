package dev.opsdiff.maven;

import dev.opsdiff.cli.GitCheck;
import dev.opsdiff.report.ReportFormat;
import dev.opsdiff.report.ReportTarget;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Level;
import dev.opsdiff.source.InputException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks this module's change against a base ref, as {@code opsdiff check --base REF} does for the whole repository:
 * the module's source and resource roots in the working tree against the merge base of {@code baseRef} and HEAD.
 * Findings are printed Checkstyle style, the reports are written under {@code outputDirectory}, and the build fails
 * when {@code failOnViolation} and more than {@code maxAllowedViolations} findings are at or above {@code failOn}.
 * A module with no changed Java (or Spring configuration) file is skipped at once.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skip the check. */
    @Parameter(property = "opsdiff.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Branch, tag or commit to compare with: the check judges the working tree against the merge base of this ref and
     * HEAD, as a pull request does. {@code HEAD}: only uncommitted work.
     */
    @Parameter(property = "opsdiff.baseRef", defaultValue = "origin/main")
    private String baseRef;

    /** Fail the build when more than {@code maxAllowedViolations} findings are at or above {@code failOn}. */
    @Parameter(property = "opsdiff.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The level that counts as a violation: {@code error}, {@code warning}, {@code note} or {@code never}. */
    @Parameter(property = "opsdiff.failOn", defaultValue = "error")
    private String failOn;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "opsdiff.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Glob patterns of files to check, relative to a source or resource root (e.g. {@code com/acme/**}). */
    @Parameter(property = "opsdiff.includes")
    private List<String> includes = new ArrayList<>();

    /** Glob patterns of files to leave out, relative to a source or resource root (e.g. {@code **}{@code /generated/**}). */
    @Parameter(property = "opsdiff.excludes")
    private List<String> excludes = new ArrayList<>();

    /** Reports to write into {@code outputDirectory}: {@code sarif}, {@code text}, {@code markdown}, {@code codequality}. */
    @Parameter(property = "opsdiff.formats", defaultValue = "sarif")
    private List<String> formats = new ArrayList<>();

    /** Where the reports go ({@code opsdiff.sarif}, {@code opsdiff.txt}, {@code opsdiff.md}, ...). */
    @Parameter(property = "opsdiff.outputDirectory", defaultValue = "${project.build.directory}/opsdiff")
    private File outputDirectory;

    /**
     * The configuration file; relative paths are relative to the repository root. Default: {@code .opsdiff.yml} at the
     * repository root, when present.
     */
    @Parameter(property = "opsdiff.configLocation")
    private String configLocation;

    /**
     * Where the configuration and the baseline are read from: {@code base} (the base commit, so that a change cannot
     * switch its own check off) or {@code head} (the working tree).
     */
    @Parameter(property = "opsdiff.configFrom", defaultValue = "base")
    private String configFrom;

    /** A SARIF report of accepted findings (relative to the repository root); they do not count. */
    @Parameter(property = "opsdiff.baseline")
    private String baseline;

    /** Rules to run even if the configuration disables them. */
    @Parameter(property = "opsdiff.enable")
    private List<String> enable = new ArrayList<>();

    /** Rules not to run. */
    @Parameter(property = "opsdiff.disable")
    private List<String> disable = new ArrayList<>();

    /** Suppressions the change itself adds do not silence findings. */
    @Parameter(property = "opsdiff.noNewSuppressions", defaultValue = "false")
    private boolean noNewSuppressions;

    /**
     * Resolve types through the module's compile classpath (the precise front end): supertypes and factories from
     * dependency jars are then known, not guessed from names.
     */
    @Parameter(property = "opsdiff.precise", defaultValue = "true")
    private boolean precise;

    /**
     * Fail when there is nothing to compare with (not a git checkout, unknown {@code baseRef}, shallow clone);
     * {@code false}: print a warning and skip.
     */
    @Parameter(property = "opsdiff.failOnMissingBase", defaultValue = "true")
    private boolean failOnMissingBase;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("opsdiff: skipped (opsdiff.skip)");
            return;
        }
        long start = System.nanoTime();
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path outDir = outputDirectory.toPath().toAbsolutePath().normalize();
        Level level;
        List<ReportFormat> reportFormats;
        try {
            level = GitCheck.parseLevel(failOn.strip());
            reportFormats = formats();
        } catch (InputException e) {
            throw new MojoExecutionException("opsdiff: " + e.getMessage());
        }
        List<Path> roots = roots();
        if (roots.isEmpty()) {
            getLog().info("opsdiff: no source roots in this module; nothing to check");
            return;
        }
        GitCheck check = GitCheck.in(basedir)
                .baseRef(baseRef)
                .roots(roots)
                .includes(clean(includes))
                .excludes(clean(excludes))
                .config(configLocation == null || configLocation.isBlank() ? null : Path.of(configLocation.strip()))
                .configFromHead(configFromHead())
                .baseline(baseline == null || baseline.isBlank() ? null : Path.of(baseline.strip()))
                .failOn(level)
                .enable(clean(enable))
                .disable(clean(disable))
                .noNewSuppressions(noNewSuppressions)
                .classpath(precise ? classpath() : List.of())
                .warnings(w -> getLog().warn("opsdiff: " + w));
        for (ReportFormat f : reportFormats) {
            check.report(f, outDir.resolve(f.fileName()));
        }
        GitCheck.Result result;
        try {
            result = check.run();
        } catch (GitCheck.BaseUnavailableException e) {
            if (failOnMissingBase) {
                throw new MojoExecutionException("opsdiff: " + e.getMessage()
                        + " (or set -Dopsdiff.failOnMissingBase=false to skip the check with a warning)");
            }
            getLog().warn("opsdiff: " + e.getMessage() + "; check skipped (failOnMissingBase=false)");
            return;
        } catch (InputException e) {
            throw new MojoExecutionException("opsdiff: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("opsdiff: internal error (please report it): " + e, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.changedFiles() == 0) {
            deleteStaleReports(reportFormats, outDir);
            getLog().info("opsdiff: no Java changes in this module, " + result.range() + ", " + millis + " ms");
            return;
        }
        result.notices().forEach(n -> getLog().warn("opsdiff: notice: " + n));
        List<Finding> reported = result.reported();
        for (Finding f : reported) {
            ConsoleReport.lines(f, result.workTree(), basedir).forEach(line -> log(f.level(), line));
        }
        int violations = result.failing();
        String reports = String.join(", ", result.reports().stream().map(ReportTarget::file)
                .map(p -> display(basedir, p)).toList());
        String summary = "opsdiff: " + ConsoleReport.summary(reported, result.changedFiles()) + ", "
                + result.range() + ", " + millis + " ms" + (reports.isEmpty() ? "" : "; report: " + reports);
        if (violations > 0) {
            getLog().error(summary);
        } else {
            getLog().info(summary);
        }
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException("opsdiff: " + violations + (violations == 1 ? " violation" : " violations")
                    + " at " + level.id() + " level or above" + (maxAllowedViolations > 0
                    ? " (" + maxAllowedViolations + " allowed)" : "") + (reports.isEmpty() ? "" : "; see " + reports)
                    + ". Fix the change, or accept the findings in a baseline (opsdiff.baseline).");
        }
    }

    /** The module's source roots and resource roots (where Spring configuration files live). */
    private List<Path> roots() {
        Set<Path> roots = new LinkedHashSet<>();
        for (String root : project.getCompileSourceRoots()) {
            roots.add(Path.of(root));
        }
        for (Resource r : project.getResources()) {
            if (r.getDirectory() != null) {
                roots.add(Path.of(r.getDirectory()));
            }
        }
        // Generated sources (target/generated-sources/...) are not part of anyone's change.
        Path target = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        roots.removeIf(p -> p.toAbsolutePath().normalize().startsWith(target));
        return new ArrayList<>(roots);
    }

    private List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("opsdiff: cannot resolve the compile classpath: " + e.getMessage(), e);
        }
    }

    private List<ReportFormat> formats() {
        List<ReportFormat> out = new ArrayList<>();
        for (String f : clean(formats)) {
            ReportFormat format = ReportFormat.byId(f.toLowerCase(Locale.ROOT));
            if (format == ReportFormat.GITHUB) {
                throw new InputException("the github format is for the command line in GitHub Actions; use sarif, "
                        + "text, markdown or codequality");
            }
            if (!out.contains(format)) {
                out.add(format);
            }
        }
        return out;
    }

    private boolean configFromHead() throws MojoExecutionException {
        return switch (configFrom == null ? "base" : configFrom.strip()) {
            case "base" -> false;
            case "head" -> true;
            default -> throw new MojoExecutionException("opsdiff: configFrom must be base or head, not '" + configFrom
                    + "'");
        };
    }

    /** A check with nothing to report writes no report; one from an earlier run must not be mistaken for this one. */
    private void deleteStaleReports(List<ReportFormat> reportFormats, Path outDir) {
        for (ReportFormat f : reportFormats) {
            try {
                Files.deleteIfExists(outDir.resolve(f.fileName()));
            } catch (IOException e) {
                getLog().warn("opsdiff: cannot delete the old report " + outDir.resolve(f.fileName()) + ": " + e);
            }
        }
    }

    private void log(Level level, String line) {
        switch (level) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            default -> getLog().info(line);
        }
    }

    private static String display(Path basedir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(basedir) ? basedir.relativize(abs).toString() : abs.toString();
    }

    /** Maven passes an unset list as empty or null, and a comma-separated property as one element per item. */
    private static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v == null) {
                    continue;
                }
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }
}
