package dev.opsdiff.cli;

import dev.opsdiff.cli.git.GitRange;
import dev.opsdiff.cli.git.ObjectSource;
import dev.opsdiff.config.Config;
import dev.opsdiff.config.ConfigChanges;
import dev.opsdiff.config.ConfigLoader;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.InputException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configuration and baseline a git check runs with. A change must not be able to switch its own check off, so
 * both are read from the base commit (the merge base with {@code --base}, HEAD otherwise) unless
 * {@code --config-from head}; what the change does to them is reported as notices either way. A file outside the
 * repository is not part of any change and is read as given.
 */
final class TrustedInputs {
    /** A bound on what is read here (baselines can be large SARIF files; the loader bounds configuration itself). */
    private static final int MAX_READ_BYTES = 64 * 1024 * 1024;

    /** Where configuration and baseline are read from. */
    enum From { BASE, HEAD }

    /** The inputs to use, and what the reports must say about them. */
    record Resolved(Config config, Baseline baseline, List<String> notices) {
    }

    private final ObjectSource objects;
    private final GitRange range;
    private final From from;
    private final String baseName;

    TrustedInputs(Repository repo, GitRange range, From from) {
        this(ObjectSource.of(repo), range, from);
    }

    TrustedInputs(ObjectSource objects, GitRange range, From from) {
        this.objects = objects;
        this.range = range;
        this.from = from;
        this.baseName = range.base() == null ? "the empty tree" : range.base().abbreviate(7).name();
    }

    Resolved resolve(Path configOption, Path baselineOption, List<Rule> rules) {
        Path workTree = objects.workTree();
        List<String> notices = new ArrayList<>();
        Path configFile = configOption != null ? configOption.toAbsolutePath().normalize()
                : workTree.resolve(".opsdiff.yml");
        if (configOption != null && !Files.isRegularFile(configFile)) {
            throw new InputException("configuration file not found: " + configOption);
        }
        Config config = config(workTree, configFile, rules, notices);
        Baseline baseline = baselineOption == null ? null
                : baseline(workTree, baselineOption.toAbsolutePath().normalize(), notices);
        return new Resolved(config, baseline, List.copyOf(notices));
    }

    private Config config(Path workTree, Path file, List<Rule> rules, List<String> notices) {
        Map<String, java.util.Set<String>> known = Analyzer.ruleOptions(rules);
        String headText = Files.isRegularFile(file) ? read(file) : null;
        String rel = relative(workTree, file);
        if (rel == null) {
            return headText == null ? Config.empty() : ConfigLoader.parse(file.toString(), headText, known);
        }
        String baseText = atBase(rel);
        Config base = baseText == null ? Config.empty() : ConfigLoader.parse(rel + " (at " + baseName + ")", baseText,
                known);
        Config head;
        try {
            head = headText == null ? Config.empty() : ConfigLoader.parse(rel, headText, known);
        } catch (InputException e) {
            if (from == From.HEAD) {
                throw e;
            }
            notices.add("The change leaves " + rel + " invalid (" + e.getMessage() + "); the check used the base's "
                    + "configuration.");
            return base;
        }
        if (!java.util.Objects.equals(baseText, headText)) {
            Map<String, Level> defaults = new TreeMap<>();
            rules.forEach(r -> defaults.put(r.descriptor().id(), r.descriptor().level()));
            List<String> changes = ConfigChanges.describe(base, head, defaults);
            if (!changes.isEmpty()) {
                notices.add("This change edits " + rel + ": it " + String.join("; ", changes) + " — "
                        + applied("configuration"));
            }
        }
        return from == From.HEAD ? head : base;
    }

    private Baseline baseline(Path workTree, Path file, List<String> notices) {
        String rel = relative(workTree, file);
        if (rel == null) {
            return Baseline.load(file);
        }
        byte[] baseBytes = atBaseBytes(rel);
        Baseline base = baseBytes == null ? null : Baseline.parse(file, baseBytes);
        Baseline head = Files.isRegularFile(file) ? Baseline.load(file) : null;
        if (base == null && head == null) {
            throw new InputException("baseline file not found: " + file);
        }
        int added = head == null ? 0 : head.entriesNotIn(base);
        if (added > 0) {
            notices.add("This change " + (base == null ? "adds the baseline " + rel + " with " : "adds to the baseline "
                    + rel + " ") + ConfigChanges.describeCount(added, "accepted finding", "accepted findings")
                    + " — " + applied("baseline"));
        }
        return from == From.HEAD ? head : base;
    }

    private String applied(String what) {
        return from == From.HEAD ? "applied, because --config-from head reads the " + what + " from the working tree."
                : "not applied: the check reads the " + what + " from the base (" + baseName
                + "); use --config-from head to apply it.";
    }

    private static String relative(Path workTree, Path file) {
        return file.startsWith(workTree) ? workTree.relativize(file).toString().replace('\\', '/') : null;
    }

    private String atBase(String rel) {
        byte[] b = atBaseBytes(rel);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** The file's content in the base commit, or null when the base has no such file. */
    private byte[] atBaseBytes(String rel) {
        if (range.base() == null) {
            return null;
        }
        try {
            return objects.fileAt(range.baseTree(), rel, MAX_READ_BYTES);
        } catch (org.eclipse.jgit.errors.LargeObjectException e) {
            throw new InputException(rel + " at " + baseName + " is larger than " + MAX_READ_BYTES / 1024 + " KiB");
        } catch (IOException e) {
            throw new InputException("cannot read " + rel + " from " + baseName + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_READ_BYTES) {
                throw new InputException(file + " is larger than " + MAX_READ_BYTES / 1024 + " KiB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
