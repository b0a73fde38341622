package dev.opsdiff.cli.git;

import dev.opsdiff.cache.ModelCache;
import org.eclipse.jgit.util.FS;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * Where git's system-wide configuration file lives, remembered between runs. JGit asks the git executable on every
 * start ({@code git --version}, then {@code git config --system --show-origin --list}): two process starts, ~25 ms
 * of each check on this machine and more where starting a process is slower, on the path that opens the
 * repository. The answer changes only with the git executable or {@code GIT_CONFIG_SYSTEM}, which key it; any
 * problem with the remembered answer (absent, unreadable, another key) means asking git as JGit always did.
 */
final class GitSystemConfig {
    private static final String FILE = "git-system-config";

    private GitSystemConfig() {
    }

    /** Tells JGit's file system where the system configuration is, asking git only when nothing is remembered. */
    static void apply(FS fs) {
        if (!blank(System.getenv("GIT_CONFIG_NOSYSTEM"))) {
            return; // JGit reads no system configuration then, and asks nothing
        }
        Path git = onPath(System.getenv("PATH"));
        if (git == null) {
            return;
        }
        File known = remembered(ModelCache.userCacheDir().resolve(FILE), key(git, System.getenv("GIT_CONFIG_SYSTEM")),
                fs::getGitSystemConfig);
        fs.setGitSystemConfig(known);
    }

    /**
     * The remembered location for {@code key}, else {@code discover}'s answer, remembered for next time. A null
     * location (git has none) is remembered too.
     */
    static File remembered(Path store, String key, Supplier<File> discover) {
        try {
            if (Files.isRegularFile(store)) {
                String[] line = Files.readString(store, StandardCharsets.UTF_8).split("\n", -1)[0].split("\t", -1);
                if (line.length == 2 && line[0].equals(key)) {
                    return line[1].isEmpty() ? null : new File(line[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not remembered: ask git.
        }
        File found = discover.get();
        try {
            Files.createDirectories(store.getParent());
            Path temp = Files.createTempFile(store.getParent(), FILE, ".tmp");
            Files.writeString(temp, key + "\t" + (found == null ? "" : found.getPath()) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A read-only home: the next run asks git again.
        }
        return found;
    }

    /** The executable, its size and time, and the environment setting that moves the file. */
    static String key(Path git, String configSystem) {
        try {
            return git + "|" + Files.size(git) + "|" + Files.getLastModifiedTime(git).toMillis() + "|"
                    + (configSystem == null ? "" : configSystem);
        } catch (IOException e) {
            return git + "|?|" + System.nanoTime(); // never matches: ask git
        }
    }

    /** The first git executable on {@code path}, as a shell would find it. */
    static Path onPath(String path) {
        if (blank(path)) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : new String[] {"git", "git.exe"}) {
                try {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return candidate.toAbsolutePath();
                    }
                } catch (RuntimeException e) {
                    // An entry that is not a valid path on this system.
                }
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
