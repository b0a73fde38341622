package dev.opsdiff.engine;

import dev.opsdiff.catalog.Catalog;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.config.Config;
import dev.opsdiff.config.RuleConfig;
import dev.opsdiff.frontend.JavaParserFrontEnd;
import dev.opsdiff.frontend.ProgramBuilder;
import dev.opsdiff.frontend.spoon.SpoonFrontEnd;
import dev.opsdiff.match.Matcher;
import dev.opsdiff.match.Matching;
import dev.opsdiff.match.MethodPair;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.resolve.ResolvedProgram;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.ProgramContext;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.summary.Summarizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pipeline: snapshots → models → resolution → summaries → matching → rules → sorted, suppressed findings.
 * Knows no specific rule: rules come from {@link ServiceLoader} (or the caller).
 */
public final class Analyzer {
    private final List<Rule> rules;
    private final Config config;
    private final Settings settings;
    private Progress progress = Progress.NONE;

    public Analyzer(List<Rule> rules, Config config, Settings settings) {
        this.rules = rules.stream().sorted(Comparator.comparing(r -> r.descriptor().id())).toList();
        this.config = config;
        this.settings = settings;
    }

    /** Reports phases and parsed files to {@code sink} (the command line shows them on a terminal). */
    public Analyzer withProgress(Progress sink) {
        this.progress = sink;
        return this;
    }

    /** Every rule registered for {@link ServiceLoader}, sorted by id. */
    public static List<Rule> discoverRules() {
        List<Rule> out = new ArrayList<>();
        ServiceLoader.load(Rule.class, Analyzer.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparing(r -> r.descriptor().id()));
        return out;
    }

    /** Rule id to the option names it accepts, for validating configuration. */
    public static Map<String, Set<String>> ruleOptions(List<Rule> rules) {
        Map<String, Set<String>> out = new TreeMap<>();
        rules.forEach(r -> out.put(r.descriptor().id(), r.options().keySet()));
        return out;
    }

    public AnalysisResult analyze(Snapshot beforeSide, Snapshot afterSide) {
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        TestSources tests = new TestSources(config.includeTests());
        Snapshot beforeSnapshot = tests.without(beforeSide);
        Snapshot afterSnapshot = tests.without(afterSide);
        int skippedTests = tests.changedTestFiles(beforeSide, afterSide);
        Catalog catalog = CatalogLoader.withUserEntries(config.catalog());
        clock.lap("setup");
        ProgramModel parsedBefore;
        ProgramModel parsedAfter;
        long parsed;
        long parseNanos;
        long cached;
        // With a classpath, the precise front end lays Spoon's type facts over the same files' models (ADR 12).
        SpoonFrontEnd precise = settings.classpath().isEmpty() ? null
                : new SpoonFrontEnd(settings.classpath(), settings.cache(), vocabularyKey(catalog.loops()));
        try (ProgramBuilder builder = new ProgramBuilder(new JavaParserFrontEnd(catalog.loops(), config.maxFileBytes()),
                settings.threads(),
                settings.cache(), vocabularyKey(catalog.loops()), progress::step)) {
            Snapshot toParseBefore = beforeSnapshot;
            Snapshot toParseAfter = afterSnapshot;
            if (settings.reach() == Settings.Reach.CALLS) {
                progress.phase("finding what the change reaches", 0);
                FactsPack facts = FactsPack.open(settings.cache());
                Set<String> needed = Neighbourhood.of(beforeSnapshot, afterSnapshot, builder, facts, progress::step);
                facts.save();
                clock.lap("reach");
                toParseBefore = only(beforeSnapshot, needed);
                toParseAfter = only(afterSnapshot, needed);
            }
            progress.phase("parsing before", toParseBefore.files().size());
            parsedBefore = builder.build(toParseBefore, "before");
            progress.phase("parsing after", toParseAfter.files().size());
            parsedAfter = builder.build(toParseAfter, "after");
            parsed = builder.parsedFiles();
            parseNanos = builder.parseNanos();
            cached = builder.cachedFiles();
        }
        clock.lap("models");
        if (precise != null) {
            progress.phase("resolving types through the classpath", 0);
        }
        ProgramModel before = precise == null ? parsedBefore
                : precise.refine(parsedBefore, only(beforeSnapshot, parsedBefore));
        ProgramModel after = precise == null ? parsedAfter
                : precise.refine(parsedAfter, only(afterSnapshot, parsedAfter));
        settings.cache().trim();
        if (precise != null) {
            clock.lap("precise types");
        }
        progress.phase("analyzing", 0);
        ResolvedProgram resolvedBefore = new ResolvedProgram(before, catalog);
        ResolvedProgram resolvedAfter = new ResolvedProgram(after, catalog);
        Matching matching = Matcher.match(before, after);
        clock.lap("matching");
        GrowthFinder growth = new GrowthFinder(new Summarizer(resolvedBefore), new Summarizer(resolvedAfter), matching,
                catalog);

        ChangedLineLocator locator = new ChangedLineLocator(beforeSnapshot, afterSnapshot, settings.lineChanges());
        MaterialChanges changes = new MaterialChanges(matching, before, after);
        List<MethodPair> onChangedPaths = settings.reach() == Settings.Reach.REFERENCE ? matching.pairs()
                : matching.pairs().stream().filter(ChangeReach.pairs(beforeSnapshot, afterSnapshot, resolvedBefore,
                        resolvedAfter, changes, locator::editedLines)).toList();
        clock.lap("change paths");
        List<AnalysisResult.ActiveRule> active = new ArrayList<>();
        List<Finding> raw = new ArrayList<>();
        for (Rule rule : rules) {
            String id = rule.descriptor().id();
            RuleConfig rc = config.rule(id);
            boolean enabled = settings.enable().contains(id)
                    || (!settings.disable().contains(id) && (rc.enabled() == null || rc.enabled()));
            if (!enabled) {
                continue;
            }
            Level level = rc.level() != null ? rc.level() : rule.descriptor().level();
            active.add(new AnalysisResult.ActiveRule(rule.descriptor(), level, rule.documentation()));
            List<Finding> ruleFindings = new ArrayList<>();
            for (MethodPair pair : onChangedPaths) {
                rule.check(new PairContext(pair, growth, rc.options(), ruleFindings::add));
            }
            rule.checkProgram(new ProgramContext(resolvedBefore, resolvedAfter, rc.options(), ruleFindings::add,
                    locator::editedFile));
            clock.lap(id);
            // A rule may grade its own findings (timeout-change: a removed timeout is an error, a raised one a
            // warning); a level configured for the rule still applies to all of them.
            ruleFindings.forEach(f -> raw.add(f.level() != null && rc.level() == null ? f : f.withLevel(level)));
        }
        // Engine invariants, once for every rule: a finding needs a change on its path, and a place the change touched.
        PathChangeGate gate = new PathChangeGate(changes, before, after, locator::onEditedLine);
        List<Finding> placed = raw.stream().filter(gate::hasChangeOnPath).map(f -> locator.place(f, after))
                .filter(java.util.Objects::nonNull).toList();
        int unchangedPaths = raw.size() - placed.size();
        List<Finding> findings = new SuppressionMarks(beforeSnapshot, afterSnapshot, matching)
                .mark(new WorkloadEstimates(config.workload()).apply(deduplicate(placed)), after);
        List<ParseProblem> problems = new ArrayList<>(before.problems());
        problems.addAll(after.problems());
        problems.sort(Comparator.comparing(ParseProblem::path).thenComparing(ParseProblem::side));
        int files = before.files().size() + after.files().size() + problems.size();
        int methods = before.methods().size() + after.methods().size();
        clock.lap("placing findings");
        AnalysisResult.Stats stats = new AnalysisResult.Stats(files, parsed, methods, matching.pairs().size(),
                parseNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000, unchangedPaths, skippedTests, cached,
                precise == null ? AnalysisResult.Stats.JAVAPARSER : AnalysisResult.Stats.SPOON,
                precise == null ? 0 : precise.modelledFiles() + precise.cachedFiles(),
                precise == null ? 0 : precise.fallbacks().size(), precise == null ? 0 : precise.nanos() / 1_000_000,
                (int) before.methods().stream().filter(m -> matching.ofBefore(m.id()).isEmpty()).count(),
                (int) after.methods().stream().filter(m -> matching.ofAfter(m).isEmpty()).count(),
                onChangedPaths.size(), clock.millis());
        progress.done();
        return new AnalysisResult(findings, List.copyOf(problems), List.copyOf(active), beforeSnapshot, afterSnapshot,
                stats, precise == null ? List.of() : precise.fallbacks());
    }

    /** The loop vocabulary in a stable order (its sets iterate differently in every JVM): part of a model's key. */
    private static String vocabularyKey(Catalog.Vocabulary v) {
        return Stream.of(v.iterationMethods(), v.alwaysIterate(), v.streamSources(), v.multiValuedTypes(),
                        v.singleValuedTypes(), v.rangeSources(), v.chunkMethods())
                .map(set -> String.join(",", new TreeSet<>(set))).collect(Collectors.joining(";"));
    }

    /** The files a side's model holds (what was reached and parsed): the ones the precise front end models. */
    private static Snapshot only(Snapshot s, ProgramModel model) {
        return Snapshot.of(s.label(), s.files().stream().filter(f -> model.file(f.path()).isPresent()).toList());
    }

    private static Snapshot only(Snapshot s, Set<String> paths) {
        return Snapshot.of(s.label(), s.files().stream().filter(f -> paths.contains(f.path())).toList());
    }

    /** One finding per rule and location: the first in the deterministic order wins. */
    private static List<Finding> deduplicate(List<Finding> raw) {
        List<Finding> sorted = new ArrayList<>(raw);
        sorted.sort(Finding.ORDER);
        Map<String, Finding> unique = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : sorted) {
            String key = f.ruleId() + "@" + f.location();
            if (seen.add(key)) {
                unique.put(key, f);
            }
        }
        return new ArrayList<>(unique.values());
    }
}
