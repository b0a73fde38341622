package dev.opsdiff.cli;

import dev.opsdiff.cache.ModelCache;
import dev.opsdiff.catalog.CatalogLoader;
import dev.opsdiff.cli.git.CommandLineScan;
import dev.opsdiff.cli.git.EarlyRepository;
import dev.opsdiff.source.InputException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Entry point: {@code opsdiff diff|check|rules|install-hook}. */
@Command(name = "opsdiff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Finds operationally risky refactors in Java code.",
        description = "Compares a BEFORE and an AFTER version and reports what each method now does more often or "
                + "less safely: cache and database calls moved into loops, retries nested in retries, timeouts "
                + "changed, idempotency guards removed.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  nothing at or above --fail-on", "  1  findings at or above --fail-on",
                "  2  usage, configuration or input error", "  3  internal error (rerun with --verbose)",
                "", "Examples:", "  opsdiff diff src-before src-after",
                "  opsdiff diff Old.java New.java --format sarif --output opsdiff.sarif",
                "  opsdiff check                     # uncommitted work in this git checkout",
                "  opsdiff check --base origin/main  # a branch, as its pull request shows it",
                "  opsdiff install-hook              # check staged changes before each commit",
                "  opsdiff rules",
                "  source <(opsdiff generate-completion)  # tab completion in bash or zsh"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether standard output is a terminal; only {@link #main} knows, callers of {@link #run} pass a writer. */
    private boolean stdoutIsTerminal;

    /**
     * The subcommands in the order help lists them. Building picocli's model of one costs tens of milliseconds at
     * start-up (its annotations are read by reflection), so a run builds only the one it invokes.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> out = new LinkedHashMap<>();
        out.put("diff", DiffCommand::new);
        out.put("check", CheckCommand::new);
        out.put("install-hook", InstallHookCommand::new);
        out.put("rules", RulesCommand::new);
        out.put("bench", BenchCommand::new);
        out.put("help", CommandLine.HelpCommand::new);
        out.put("generate-completion", AutoComplete.GenerateCompletion::new);
        return out;
    }

    /** Commands that read nothing of the others: help and completion list them all, a typo wants suggestions. */
    private static final Set<String> STANDALONE = Set.of("diff", "check", "install-hook", "rules", "bench");

    /** When this JVM entered {@link #main} or {@link #run}, for the {@code --stats} time line. */
    private static volatile long enteredNanos = System.nanoTime();

    static long enteredNanos() {
        return enteredNanos;
    }

    public static void main(String[] args) {
        enteredNanos = System.nanoTime();
        startEarlyWork(args);
        CommandLine cli = commandLine(args);
        ((Main) cli.getCommand()).stdoutIsTerminal = ColorChoice.stdoutIsTerminal();
        System.exit(execute(cli, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Work a command needs that depends on no option but a directory starts before picocli parses the command line
     * (~0.1 s on a cold JVM): the bundled catalog for diff and check, and reading git for check.
     */
    static void startEarlyWork(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        List<String> options = java.util.Arrays.asList(args);
        if (command.equals("check")) {
            // First: reading git is the longest of the early work.
            Path dir = Path.of(optionValue(args, "--repo", ""));
            if (CommandLineScan.enabled()) {
                CommandLineScan.start(dir, optionValue(args, "--base", null), options.contains("--staged"));
            } else {
                EarlyRepository.start(dir, !options.contains("--staged"));
            }
        }
        if (command.equals("check") || command.equals("diff")) {
            CatalogLoader.preload(options.contains("--no-cache") ? ModelCache.none()
                    : ModelCache.open(ModelCache.userCacheDir(), ModelCache.DEFAULT_MAX_BYTES));
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE} (the last one given), else the fallback. */
    static String optionValue(String[] args, String name, String fallback) {
        String value = fallback;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(name) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            }
        }
        return value;
    }

    /** Runs a command line with the given streams; returns the exit code. Used by tests and the Maven plugin. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        enteredNanos = System.nanoTime();
        return execute(commandLine(args), args, out, err);
    }

    private static int execute(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** For {@code --color=auto} in the subcommands: whether the root command writes to a terminal. */
    static boolean stdoutIsTerminal(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Main main && main.stdoutIsTerminal;
    }

    /** The whole command tree. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /** The tree {@code args} need: only the invoked command when it stands alone, else every command. */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        SUBCOMMANDS.forEach((name, command) -> {
            if (!STANDALONE.contains(first) || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
        // `--classpath @cp.txt` reads the file itself (entries may contain spaces); no other argument is a file.
        cli.setExpandAtFiles(false);
        describeBuiltInCommands(cli);
        cli.setExecutionExceptionHandler(Main::handleException);
        cli.setParameterExceptionHandler(Main::handleUsageError);
        return cli;
    }

    /**
     * picocli's own help and completion commands, worded like ours: a one-line summary, one paragraph, examples.
     * Completion is listed rather than hidden (picocli's default), so that users find it.
     */
    private static void describeBuiltInCommands(CommandLine cli) {
        if (!cli.getSubcommands().containsKey("help")) {
            return;
        }
        CommandLine.Model.UsageMessageSpec completion = cli.getSubcommands().get("generate-completion")
                .getCommandSpec().usageMessage();
        completion.hidden(false)
                .header("Print a bash/zsh completion script for opsdiff.")
                .description("The script completes commands, options, formats, levels and file names. Load it in "
                        + "each shell, or install it once for every new shell.")
                .footer("", "Examples:",
                        "  source <(opsdiff generate-completion)    # bash: this shell",
                        "  opsdiff generate-completion > \\",
                        "      ~/.local/share/bash-completion/completions/opsdiff",
                        "                                           # bash: every new shell",
                        "  autoload -U +X bashcompinit && bashcompinit",
                        "  source <(opsdiff generate-completion)    # zsh (in ~/.zshrc)");
        cli.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("Print the help of opsdiff or of one of its commands.")
                .description("Same as the command's --help option.")
                .footer("", "Examples:", "  opsdiff help check", "  opsdiff help");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: diff, check, rules or install-hook");
    }

    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("opsdiff: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        return ExitCodes.INPUT;
    }

    private static int handleException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof InputException)) {
            if (cause.getCause() instanceof InputException) {
                cause = cause.getCause();
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof InputException) {
            cmd.getErr().println("opsdiff: " + cause.getMessage());
            return ExitCodes.INPUT;
        }
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        cmd.getErr().println("opsdiff: internal error: " + e + (verbose ? "" : " (rerun with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(cmd.getErr());
        }
        return ExitCodes.INTERNAL;
    }
}
