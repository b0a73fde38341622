package dev.opsdiff.cli.git;

import dev.opsdiff.source.InputException;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Writes the pre-commit hook where git will run it, without clobbering someone else's hook. */
public final class HookInstaller {
    /** Marks a hook as ours: such a hook may be rewritten without {@code --force}. */
    public static final String MARKER = "# Installed by `opsdiff install-hook`.";

    /** What happened, for the user message. {@code backup} is where a replaced foreign hook went, or null. */
    public enum Outcome { INSTALLED, UPDATED, UNCHANGED, REPLACED }

    public record Result(Outcome outcome, Path hook, Path backup) {
    }

    private HookInstaller() {
    }

    /**
     * The hooks directory git uses: {@code core.hooksPath} (relative to the top of the work tree, {@code ~/}
     * expanded, as git does) or else {@code .git/hooks}.
     */
    public static Path hooksDirectory(Repository repo) {
        String configured = repo.getConfig().getString("core", null, "hooksPath");
        if (configured == null || configured.isBlank()) {
            return repo.getDirectory().toPath().resolve("hooks");
        }
        if (configured.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), configured.substring(2));
        }
        return repo.getWorkTree().toPath().resolve(configured).normalize();
    }

    /** Installs {@code script} as {@code pre-commit}; a foreign hook is kept as {@code pre-commit.before-opsdiff}. */
    public static Result install(Repository repo, String script, boolean force) {
        Path hook = hooksDirectory(repo).resolve("pre-commit");
        try {
            Outcome outcome = Outcome.INSTALLED;
            Path backup = null;
            if (Files.exists(hook)) {
                String existing = Files.readString(hook, StandardCharsets.UTF_8);
                if (existing.equals(script) && Files.isExecutable(hook)) {
                    return new Result(Outcome.UNCHANGED, hook, null);
                }
                if (existing.contains(MARKER)) {
                    outcome = Outcome.UPDATED;
                } else if (!force) {
                    throw new InputException("a pre-commit hook that opsdiff did not write already exists: " + hook
                            + "; rerun with --force to replace it (it is kept as pre-commit.before-opsdiff), "
                            + "or call 'opsdiff check --staged' from that hook yourself");
                } else {
                    backup = hook.resolveSibling("pre-commit.before-opsdiff");
                    Files.move(hook, backup, StandardCopyOption.REPLACE_EXISTING);
                    outcome = Outcome.REPLACED;
                }
            }
            Files.createDirectories(hook.getParent());
            Files.writeString(hook, script, StandardCharsets.UTF_8);
            makeExecutable(hook);
            return new Result(outcome, hook, backup);
        } catch (IOException e) {
            throw new InputException("cannot write the pre-commit hook " + hook + ": " + e.getMessage(), e);
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
            Files.setPosixFilePermissions(file, perms);
        } else if (!file.toFile().setExecutable(true, false)) {
            throw new IOException("cannot make it executable");
        }
    }
}
