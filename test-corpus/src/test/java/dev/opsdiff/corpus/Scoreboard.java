package dev.opsdiff.corpus;

import java.util.Map;
import java.util.TreeMap;

/** TP/FP/FN per rule over the whole corpus, printed as a table when the run ends. */
final class Scoreboard {
    private static final class Row {
        int cases;
        int benignCases;
        int tp;
        int fp;
        int fn;
    }

    private final Map<String, Row> rows = new TreeMap<>();
    private int benignCases;

    synchronized void caseOf(CorpusCase c) {
        if (c.benign()) {
            benignCases++;
        } else {
            rows.computeIfAbsent(c.group(), k -> new Row()).cases++;
        }
    }

    synchronized void tp(String rule) {
        rows.computeIfAbsent(rule, k -> new Row()).tp++;
    }

    synchronized void fp(String rule) {
        rows.computeIfAbsent(rule, k -> new Row()).fp++;
    }

    synchronized void fn(String rule) {
        rows.computeIfAbsent(rule, k -> new Row()).fn++;
    }

    synchronized String table(long millis) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%n%-28s %6s %5s %5s %5s %10s %8s%n", "rule", "cases", "TP", "FP", "FN", "precision",
                "recall"));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            sb.append(String.format("%-28s %6d %5d %5d %5d %10s %8s%n", e.getKey(), r.cases, r.tp, r.fp, r.fn,
                    ratio(r.tp, r.tp + r.fp), ratio(r.tp, r.tp + r.fn)));
            tp += r.tp;
            fp += r.fp;
            fn += r.fn;
        }
        sb.append(String.format("%-28s %6d %5s %5s %5s %10s %8s%n", "benign (must stay silent)", benignCases, "-", "-",
                "-", "-", "-"));
        sb.append(String.format("%-28s %6s %5d %5d %5d %10s %8s%n", "all", "", tp, fp, fn, ratio(tp, tp + fp),
                ratio(tp, tp + fn)));
        sb.append(String.format("corpus analyzed in %d ms%n", millis));
        return sb.toString();
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "n/a" : String.format("%.2f", (double) a / b);
    }
}
