package dev.opsdiff.cli;

import dev.opsdiff.cli.git.GitRepos;
import dev.opsdiff.cli.git.HookInstaller;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code opsdiff install-hook [--force] [--repo DIR]}: a git pre-commit hook running {@code opsdiff check --staged}. */
@Command(name = "install-hook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Install a pre-commit hook that checks staged changes.",
        description = "The hook runs 'opsdiff check --staged' before every commit. A staged change with findings "
                + "at 'error' level blocks the commit and the findings are printed; 'git commit --no-verify' "
                + "commits anyway. The hook goes where git looks for it: core.hooksPath, else .git/hooks. A "
                + "pre-commit hook that opsdiff did not write is left alone unless --force is given. Running it "
                + "again is harmless: our own hook is rewritten in place.",
        footer = {"", "Examples:",
                "  opsdiff install-hook                    # the repository you are in",
                "  opsdiff install-hook --repo ~/src/shop  # another repository",
                "  opsdiff install-hook --force            # replace another tool's hook",
                "                                          # (kept as pre-commit.before-opsdiff)",
                "",
                "With the pre-commit framework instead, use the hook id 'opsdiff' from opsdiff's "
                        + ".pre-commit-hooks.yaml (see docs/git-and-ci.md)."})
public final class InstallHookCommand implements Callable<Integer> {
    @Option(names = "--force", description = "Replace an existing pre-commit hook that opsdiff did not write.")
    boolean force;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "A directory inside the repository (default: the current directory).")
    Path repo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Repository repository = GitRepos.open(repo == null ? Path.of("") : repo)) {
            Launcher.Command launcher = Launcher.find();
            HookInstaller.Result r = HookInstaller.install(repository, HookScript.render(launcher), force);
            Path shown = shortest(repository.getWorkTree().toPath(), r.hook());
            switch (r.outcome()) {
                case UNCHANGED -> out.println("opsdiff: the pre-commit hook is already installed: " + shown);
                case UPDATED -> out.println("opsdiff: updated the pre-commit hook: " + shown);
                case REPLACED -> out.println("opsdiff: replaced the pre-commit hook " + shown + " (the old one is "
                        + shortest(repository.getWorkTree().toPath(), r.backup()) + ")");
                default -> out.println("opsdiff: installed the pre-commit hook: " + shown);
            }
            out.println("opsdiff: each commit now runs '" + String.join(" ", launcher.words())
                    + " check --staged'; a risky staged change blocks it. To commit anyway: git commit --no-verify");
            if (launcher.requires() == null) {
                out.println("opsdiff: note: the hook calls 'opsdiff' from PATH; make sure it is there for git too");
            }
            return ExitCodes.OK;
        }
    }

    /** Repo-relative when the hook lives inside the work tree (the usual case), else absolute. */
    private static Path shortest(Path workTree, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = workTree.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : abs;
    }
}
