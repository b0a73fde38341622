package dev.opsdiff.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Help that reads well: sentences are never broken by a hard line break (picocli wraps paragraphs to the width),
 * every command has a one-line summary and examples, and the completion script works in a real bash.
 */
class HelpTextTest {
    private static final int WIDTH = 80;

    @Test
    void everyCommandHasAOneSentenceSummaryOneParagraphAndExamples() {
        for (CommandLine cmd : allCommands()) {
            CommandSpec spec = cmd.getCommandSpec();
            String name = spec.qualifiedName();
            String[] header = spec.usageMessage().header();
            assertEquals(1, header.length, name + ": one summary line");
            assertWholeSentence(name + " summary", header[0]);
            String[] description = spec.usageMessage().description();
            assertEquals(1, description.length, name + ": the description is one paragraph, wrapped by picocli: "
                    + Arrays.toString(description));
            assertWholeSentence(name + " description", description[0]);
            List<String> footer = Arrays.asList(spec.usageMessage().footer());
            assertTrue(footer.contains("Examples:"), name + " has examples: " + footer);
            for (String line : footer) {
                // Example lines are indented; prose lines must be whole sentences (no hard break inside one).
                if (!line.isEmpty() && !line.startsWith(" ") && !line.endsWith(":")) {
                    assertWholeSentence(name + " footer", line);
                }
                if (line.startsWith(" ")) {
                    assertTrue(line.length() <= WIDTH, name + ": example wider than " + WIDTH + ": " + line);
                }
            }
        }
    }

    @Test
    void everyOptionIsDescribedInWholeSentences() {
        for (CommandLine cmd : allCommands()) {
            for (OptionSpec option : cmd.getCommandSpec().options()) {
                String[] description = option.description();
                assertEquals(1, description.length, option.longestName() + " of " + cmd.getCommandName());
                assertWholeSentence(cmd.getCommandName() + " " + option.longestName(), description[0]);
            }
        }
    }

    @Test
    void commandSummariesFitOneLineOfTheCommandList() {
        String help = GitFixture.run("--help").out();
        List<String> lines = help.lines().toList();
        int start = lines.indexOf("Commands:");
        assertTrue(start > 0, help);
        List<String> entries = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            entries.add(line);
        }
        assertTrue(entries.size() >= 6, help);
        for (String entry : entries) {
            // A continuation line would start with the column's indentation instead of "  <command>".
            assertTrue(entry.matches("  [a-z-]+ +[A-Z].*\\."), "summary cut or wrapped: '" + entry + "'\n" + help);
        }
        for (String command : List.of("diff", "check", "install-hook", "rules", "generate-completion")) {
            assertTrue(entries.stream().anyMatch(e -> e.startsWith("  " + command + " ")), command + "\n" + help);
        }
    }

    @Test
    void renderedHelpKeepsWithinTheWidthAndDescriptionsReadOnOneLineWhenWide() {
        for (CommandLine cmd : allCommands()) {
            CommandLine fresh = freshCopy(cmd);
            fresh.setUsageHelpWidth(WIDTH);
            String narrow = fresh.getUsageMessage();
            narrow.lines().forEach(l -> assertTrue(l.length() <= WIDTH, l));
            // Wide enough for any paragraph: the description must come out as a single line.
            fresh.setUsageHelpWidth(2000);
            String wide = fresh.getUsageMessage();
            String description = cmd.getCommandSpec().usageMessage().description()[0];
            assertTrue(wide.lines().anyMatch(l -> l.equals(description)), "description broken:\n" + wide);
        }
    }

    @Test
    void generateCompletionPrintsABashScriptThatCompletes() throws Exception {
        GitFixture.Run r = GitFixture.run("generate-completion");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out().substring(0, 80));
        assertTrue(r.out().contains("complete -F _complete_opsdiff"), "registers the function for opsdiff");

        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bash is needed to run the completion script");
        Path script = Files.createTempFile("opsdiff-completion", ".bash");
        try {
            Files.writeString(script, r.out());
            assertEquals("check", complete(script, "opsdiff", "che"));
            assertEquals("--format", complete(script, "opsdiff", "check", "--form"));
            assertEquals("codequality github markdown sarif text", sorted(complete(script, "opsdiff", "check", "--format", "")));
            assertEquals("error never note warning", sorted(complete(script, "opsdiff", "diff", "--fail-on", "")));
            assertEquals("always auto never", sorted(complete(script, "opsdiff", "check", "--color", "")));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** What bash would offer for the last word, with the completion script loaded. */
    private static String complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append("'");
        }
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_opsdiff; "
                + "echo \"${COMPREPLY[*]}\"";
        // Outside a real completion, compopt complains on stderr; only the offered words matter.
        Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("bash did not finish");
        }
        return out;
    }

    private static String sorted(String words) {
        return String.join(" ", Arrays.stream(words.split("\\s+")).sorted().toList());
    }

    private static void assertWholeSentence(String where, String text) {
        assertTrue(!text.isBlank() && Character.isUpperCase(text.codePointAt(0)),
                where + ": starts a sentence: '" + text + "'");
        assertTrue(text.endsWith(".") || text.endsWith(".)"), where + ": ends a sentence: '" + text + "'");
        assertTrue(!text.contains("\n") && !text.contains("%n"), where + ": no hard line break: '" + text + "'");
    }

    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine cmd, List<CommandLine> into) {
        into.add(cmd);
        cmd.getSubcommands().values().forEach(c -> collect(c, into));
    }

    /** The same command from a new tree, so width changes do not leak between tests. */
    private static CommandLine freshCopy(CommandLine cmd) {
        CommandLine root = Main.commandLine();
        for (String name : cmd.getCommandSpec().qualifiedName(" ").split(" ")) {
            if (!name.equals(root.getCommandName())) {
                root = root.getSubcommands().get(name);
            }
        }
        return root;
    }
}
