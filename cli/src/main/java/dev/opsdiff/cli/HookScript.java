package dev.opsdiff.cli;

import dev.opsdiff.cli.git.HookInstaller;

import java.util.stream.Collectors;

/**
 * The text of the pre-commit hook: a POSIX sh script that runs {@code opsdiff check --staged} and exits with its
 * code, so git aborts the commit on findings (1) and on errors (2). It explains the way out on stderr, because the
 * person reading it is in the middle of a commit.
 */
final class HookScript {
    private HookScript() {
    }

    static String render(Launcher.Command launcher) {
        String command = launcher.words().stream().map(HookScript::quote).collect(Collectors.joining(" "));
        String run = launcher.requires() == null ? "  opsdiff \"$@\""
                // The launcher may have moved since the hook was installed: then try the one on PATH.
                : "  if [ -f " + quote(launcher.requires().toString()) + " ]; then " + command
                        + " \"$@\"; else opsdiff \"$@\"; fi";
        return "#!/bin/sh\n"
                + HookInstaller.MARKER + "\n"
                + "# Runs `opsdiff check --staged` before each commit: a risky staged change blocks the commit and\n"
                + "# the findings are printed. Commit anyway, once: git commit --no-verify. Uninstall: delete this file.\n"
                + "opsdiff_run() {\n"
                + run + "\n"
                + "}\n"
                + "opsdiff_run check --staged\n"
                + "status=$?\n"
                + "case $status in\n"
                + "  0) ;;\n"
                + "  1) echo \"opsdiff: commit blocked: the staged change is operationally riskier (findings above).\" >&2\n"
                + "     echo \"opsdiff: fix it, suppress it with // opsdiff:ignore <rule-id> <reason>, or commit anyway: "
                + "git commit --no-verify\" >&2 ;;\n"
                + "  127) echo \"opsdiff: commit blocked: the opsdiff command was not found; put it on PATH or rerun "
                + "opsdiff install-hook, or commit anyway: git commit --no-verify\" >&2 ;;\n"
                + "  *) echo \"opsdiff: commit blocked: opsdiff could not check the staged change (exit $status, see above);"
                + " commit anyway: git commit --no-verify\" >&2 ;;\n"
                + "esac\n"
                + "exit $status\n";
    }

    /** Single-quotes a word for sh. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
