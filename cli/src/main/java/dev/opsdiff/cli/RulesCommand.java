package dev.opsdiff.cli;

import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.rule.RuleDescriptor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code opsdiff rules}: every rule with its default level and summary; {@code opsdiff rules ID} prints its doc. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "List the rules, or print one rule's documentation.",
        description = "Without an argument, lists every rule with its id, default level and one-sentence summary. "
                + "With a rule id, prints that rule's documentation: what changed, why it hurts in production, an "
                + "example, how to fix it, and the options it takes in .opsdiff.yml.",
        footer = {"", "Examples:",
                "  opsdiff rules                    # every rule",
                "  opsdiff rules cache-cardinality  # one rule's documentation",
                "  opsdiff rules --markdown         # the table of the README"})
public final class RulesCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "RULE_ID", description = "Print the documentation of this rule.")
    String ruleId;

    @Option(names = "--markdown", description = "List the rules as a Markdown table (as in the README).")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Rule> rules = Analyzer.discoverRules();
        if (ruleId != null) {
            Rule rule = rules.stream().filter(r -> r.descriptor().id().equals(ruleId)).findFirst()
                    .orElseThrow(() -> new dev.opsdiff.source.InputException("unknown rule '" + ruleId + "' (known: "
                            + String.join(", ", rules.stream().map(r -> r.descriptor().id()).toList()) + ")"));
            out.print(rule.documentation());
            if (!rule.options().isEmpty()) {
                out.println("\n## Options (.opsdiff.yml: rules." + ruleId + ".<option>)");
                for (Map.Entry<String, String> o : rule.options().entrySet()) {
                    out.println("- `" + o.getKey() + "`: " + o.getValue());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (markdown) {
            out.println("| id | default level | what it reports |");
            out.println("| --- | --- | --- |");
        }
        for (Rule rule : rules) {
            RuleDescriptor d = rule.descriptor();
            if (markdown) {
                out.printf("| `%s` | %s | %s |%n", d.id(), d.level().id(), d.summary());
            } else {
                out.printf("%-28s %-8s %s%n", d.id(), d.level().id(), d.summary());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
