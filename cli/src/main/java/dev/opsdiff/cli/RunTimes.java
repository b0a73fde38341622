package dev.opsdiff.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code --stats} time line: command line, git, configuration and each phase of the analysis, so that a user
 * whose check is slow sees where the time goes (on a large repository it is rarely parsing).
 */
final class RunTimes {
    /** Rules that take less are left out of the line. */
    private static final long NOTABLE_MILLIS = 10;

    private final Map<String, Long> millis = new LinkedHashMap<>();

    void add(String phase, long ms) {
        if (ms >= 0) {
            millis.merge(phase, ms, Long::sum);
        }
    }

    void addAll(Map<String, Long> phases) {
        phases.forEach(this::add);
    }

    /**
     * {@code command line 90 ms, git 350 ms, ..., rules 420 ms (idempotency-guard-removed 180, ...), reports 3 ms}:
     * phases whose name is a rule id are summed under "rules".
     */
    String line(java.util.Set<String> ruleIds) {
        StringJoiner out = new StringJoiner(", ");
        long rules = 0;
        boolean anyRule = false; // rules that ran in under a millisecond still ran: "rules 0 ms"
        StringJoiner notable = new StringJoiner(", ");
        boolean rulesWritten = false;
        for (Map.Entry<String, Long> e : millis.entrySet()) {
            if (ruleIds.contains(e.getKey())) {
                rules += e.getValue();
                anyRule = true;
                if (e.getValue() >= NOTABLE_MILLIS) {
                    notable.add(e.getKey() + " " + e.getValue());
                }
                continue;
            }
            if (!rulesWritten && anyRule) {
                out.add(rulesText(rules, notable));
                rulesWritten = true;
            }
            out.add(e.getKey() + " " + e.getValue() + " ms");
        }
        if (!rulesWritten && anyRule) {
            out.add(rulesText(rules, notable));
        }
        return out.toString();
    }

    private static String rulesText(long rules, StringJoiner notable) {
        return "rules " + rules + " ms" + (notable.length() == 0 ? "" : " (" + notable + ")");
    }
}
