package dev.opsdiff.report;

import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.Level;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.rule.RuleDescriptor;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A hand-built analysis result: two findings (one suppressed), one parse problem. */
final class ReportFixtures {
    static final String SERVICE = """
            package shop;
            class PricingService {
                Money price(Cart cart) {
                    for (Item item : cart.items()) {
                        total = total.add(lineTotal(cart, item));
                    }
                    return total;
                }
            }
            """;

    private ReportFixtures() {
    }

    static AnalysisResult result(String serviceText) {
        int line = lineOf(serviceText, "lineTotal(cart, item)");
        Location call = new Location("shop/PricingService.java", line, 31, line, 52);
        Location loop = new Location("shop/PricingService.java", line - 1, 9, line + 1, 9);
        Location get = new Location("shop/DiscountCalculator.java", 12, 25, 12, 80);
        Map<String, Object> props = new TreeMap<>();
        props.put("cardinalityBefore", "O(1)");
        props.put("cardinalityAfter", "O(n)");
        props.put("before", new TreeMap<>(Map.of("file", "shop/PricingService.java", "line", 9,
                "snippet", "redis.opsForValue().get(key)")));
        Finding risky = new Finding("cache-cardinality", Level.ERROR,
                "`redis.opsForValue().get(...)` (cache read) now runs once per element of `cart.items()` "
                        + "(before: once per call of `PricingService.price`).",
                call, "shop.PricingService#price(Cart)",
                List.of(new RelatedLocation(loop, "loop over `cart.items()`"),
                        new RelatedLocation(get, "cache read `ValueOperations.get`")),
                List.of(new FlowStep(call, "PricingService.price calls `lineTotal(...)`"),
                        new FlowStep(get, "DiscountCalculator.rulesFor cache read `redis.opsForValue().get(...)`")),
                props, "cache-cardinality|shop.PricingService#price|ValueOperations.get|lineTotal", null);
        Finding quiet = new Finding("cache-cardinality", Level.ERROR, "Another, suppressed: 50%, a,b:c.",
                new Location("shop/PricingService.java", 3, 5, 3, 20), "shop.PricingService#price(Cart)", List.of(),
                List.of(), Map.of(), "k2", "// opsdiff:ignore on line 3");
        RuleDescriptor d = new RuleDescriptor("cache-cardinality", "CacheCardinality", Level.ERROR,
                "A cache access now runs once per element.", List.of("performance", "cache"), "high", "error");
        String doc = "# cache-cardinality\n\n## What changed\nA cache access moved\ninto a loop.\n\n## Why it hurts in "
                + "production\nRound trips.\n\n## Example\nx\n\n## How to fix\nHoist it.\n";
        Snapshot after = Snapshot.of("after", List.of(SourceFile.of("shop/PricingService.java", serviceText)));
        return new AnalysisResult(List.of(quiet, risky).stream().sorted(Finding.ORDER).toList(),
                List.of(new ParseProblem("after", "shop/Broken.java", 4, 7, "Parse error. Found \";\"")),
                List.of(new AnalysisResult.ActiveRule(d, Level.ERROR, doc)), Snapshot.of("before", List.of()), after,
                new AnalysisResult.Stats(2, 2, 3, 1, 1, 1, 0, 0));
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
