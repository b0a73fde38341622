package dev.opsdiff.corpus;

import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.PairContext;
import dev.opsdiff.rule.ProgramContext;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The engine's invariant, for every rule: no finding without a change on its path. For each rule, the findings it
 * really makes on one of its corpus cases are replayed by a stand-in rule into two analyses with the same AFTER side:
 * against the real BEFORE they all survive; against a BEFORE that differs from AFTER only in whitespace (every line
 * edited textually, nothing changed materially) the engine drops every one of them, so no rule can report on code
 * that a change did not touch, whatever it computed.
 */
class ChangeOnPathInvariantTest {
    /** The rules the invariant is checked for; a new rule must be added here and give a corpus case. */
    static final List<String> COVERED = List.of("authorization-removed", "cache-cardinality",
            "fallback-amplification", "idempotency-guard-removed", "io-in-transaction", "proxy-bypass", "query-fanout",
            "retry-amplification", "timeout-change");

    @TestFactory
    List<DynamicTest> everyRuleIsGated() throws IOException {
        List<Rule> rules = Analyzer.discoverRules();
        assertEquals(rules.stream().map(r -> r.descriptor().id()).sorted().toList(), COVERED,
                "every registered rule is covered by this test");
        List<CorpusCase> cases = CorpusCase.discover(CorpusTest.CASES);
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : rules) {
            String id = rule.descriptor().id();
            tests.add(DynamicTest.dynamicTest(id, () -> check(rule, cases.stream()
                    .filter(c -> c.group().equals(id) && !c.dir().resolve("opsdiff.yml").toFile().exists())
                    .toList())));
        }
        return tests;
    }

    private static void check(Rule rule, List<CorpusCase> cases) {
        int checked = 0;
        for (CorpusCase c : cases.subList(0, Math.min(cases.size(), 6))) {
            Snapshot before = FileSystemSnapshots.directory(c.before());
            Snapshot after = FileSystemSnapshots.directory(c.after());
            List<Finding> real = analyze(List.of(rule), before, after).findings();
            if (real.isEmpty()) {
                continue;
            }
            checked++;
            Replay replay = new Replay(rule.descriptor(), real);
            assertEquals(real.size(), analyze(List.of(replay), before, after).findings().size(),
                    c.id() + ": replayed findings survive against the real BEFORE");
            List<Finding> gated = analyze(List.of(new Replay(rule.descriptor(), real)), whitespaceOnly(after), after)
                    .findings();
            assertEquals(List.of(), gated.stream().map(Finding::message).toList(),
                    c.id() + ": nothing changed materially, so nothing may be reported");
        }
        assertFalse(checked == 0, rule.descriptor().id() + ": no corpus case gave a finding to replay");
    }

    private static AnalysisResult analyze(List<Rule> rules, Snapshot before, Snapshot after) {
        return new Analyzer(rules, Config.empty(), Settings.defaults()).analyze(before, after);
    }

    /** The same sources with a trailing space on every line: each line differs as text, no token differs. */
    private static Snapshot whitespaceOnly(Snapshot s) {
        return Snapshot.of(s.label(), s.files().stream().map(f -> SourceFile.of(f.path(),
                f.text().lines().map(l -> l + " ").collect(Collectors.joining("\n", "", "\n")))).toList());
    }

    /** Reports, on the first pair it sees, the findings another analysis made. */
    private static final class Replay implements Rule {
        private final RuleDescriptor descriptor;
        private final List<Finding> findings;
        private final AtomicBoolean done = new AtomicBoolean();

        Replay(RuleDescriptor descriptor, List<Finding> findings) {
            this.descriptor = descriptor;
            this.findings = findings;
        }

        @Override
        public RuleDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public String documentation() {
            return "";
        }

        @Override
        public void check(PairContext context) {
            if (done.compareAndSet(false, true)) {
                findings.forEach(context::report);
            }
        }

        /** A change of configuration files only has no method pairs: the findings are replayed here then. */
        @Override
        public void checkProgram(ProgramContext context) {
            if (done.compareAndSet(false, true)) {
                findings.forEach(context::report);
            }
        }
    }
}
