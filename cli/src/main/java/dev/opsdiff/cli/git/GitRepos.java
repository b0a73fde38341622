package dev.opsdiff.cli.git;

import dev.opsdiff.source.InputException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the git repository that contains a directory, with the errors a user can act on. */
public final class GitRepos {
    static {
        // JGit logs through SLF4J and we ship no SLF4J backend on purpose; without this, every git command would
        // start with three "No SLF4J providers were found" lines on stderr. A user's own setting wins.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private GitRepos() {
    }

    /**
     * Finds the repository at or above {@code dir}, like git does. Honours {@code GIT_INDEX_FILE} (git sets it for
     * hooks, e.g. to a temporary index during {@code git commit -a}) only when it points into this repository, so a
     * stray value inherited from an unrelated process cannot make us read another repository's index.
     */
    public static Repository open(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new InputException("no such directory: " + dir);
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            throw new InputException("not a git repository (nor any of its parent directories): " + start
                    + "; run opsdiff check inside a checkout, pass --repo DIR, or use opsdiff diff BEFORE AFTER");
        }
        File index = hookIndexFile(builder.getGitDir().toPath());
        if (index != null) {
            builder.setIndexFile(index);
        }
        Repository repo;
        try {
            GitSystemConfig.apply(builder.getFS() != null ? builder.getFS() : org.eclipse.jgit.util.FS.DETECTED);
            repo = builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("cannot open git repository " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
        if (repo.isBare()) {
            repo.close();
            throw new InputException(builder.getGitDir() + " is a bare repository; opsdiff check needs a working tree");
        }
        return repo;
    }

    static File hookIndexFile(Path gitDir) {
        String value = System.getenv("GIT_INDEX_FILE");
        if (value == null || value.isBlank()) {
            return null;
        }
        // Relative values are relative to git's working directory, which for hooks is the top of the work tree,
        // and that is also our working directory when git runs the hook.
        Path index = Path.of(value).toAbsolutePath().normalize();
        return index.startsWith(gitDir.toAbsolutePath().normalize()) && Files.isRegularFile(index)
                ? index.toFile() : null;
    }
}
