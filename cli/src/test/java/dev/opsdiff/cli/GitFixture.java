package dev.opsdiff.cli;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real git repository in a temporary directory, driven through JGit, plus a small Java service whose change the
 * tests commit, stage or leave in the working tree. The risky change moves a cache read (which lives in an
 * unchanged helper file) into a loop, so it is only found when unchanged files are part of both sides.
 */
final class GitFixture implements AutoCloseable {
    static final String RULE_CACHE = """
            package shop;

            import org.springframework.data.redis.core.StringRedisTemplate;

            public class RuleCache {
                private final StringRedisTemplate redisTemplate;

                public RuleCache(StringRedisTemplate redisTemplate) {
                    this.redisTemplate = redisTemplate;
                }

                public String rulesFor(String tenant) {
                    return redisTemplate.opsForValue().get("discount_rules:" + tenant);
                }
            }
            """;

    static final String PRICING = """
            package shop;

            import java.math.BigDecimal;
            import java.util.List;

            public class PricingService {
                private final RuleCache ruleCache;

                public PricingService(RuleCache ruleCache) {
                    this.ruleCache = ruleCache;
                }

                public BigDecimal price(String tenant, List<BigDecimal> items) {
                    String rules = ruleCache.rulesFor(tenant);
                    BigDecimal total = BigDecimal.ZERO;
                    for (BigDecimal item : items) {
                        total = total.add(discounted(item, rules));
                    }
                    return total;
                }

                private BigDecimal discounted(BigDecimal item, String rules) {
                    return rules == null ? item : item.multiply(new BigDecimal("0.9"));
                }
            }
            """;

    /** The cache read now happens once per item: line 16 of the AFTER file. */
    static final String PRICING_RISKY = PRICING
            .replace("        String rules = ruleCache.rulesFor(tenant);\n", "")
            .replace("discounted(item, rules)", "discounted(item, ruleCache.rulesFor(tenant))");

    static final int RISKY_LINE = 16;
    static final String PRICING_PATH = "src/main/java/shop/PricingService.java";
    static final String CACHE_PATH = "src/main/java/shop/RuleCache.java";

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout:\n" + out + "stderr:\n" + err;
        }
    }

    final Path dir;
    final Git git;

    private GitFixture(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static GitFixture init(Path dir) throws GitAPIException {
        // As GitRepos does for the CLI: no "No SLF4J providers" noise when the test touches JGit first.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        isolateFromUserConfig();
        return new GitFixture(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    /** A repository whose first commit holds the service before the change. */
    static GitFixture withService(Path dir) throws GitAPIException, IOException {
        GitFixture repo = init(dir);
        repo.write(CACHE_PATH, RULE_CACHE).write(PRICING_PATH, PRICING).commit("pricing service");
        return repo;
    }

    GitFixture write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    GitFixture stageAll() throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call(); // records deletions too
        return this;
    }

    RevCommit commit(String message) throws GitAPIException {
        stageAll();
        return git.commit().setMessage(message).setSign(false).setAuthor("Test", "test@example.com")
                .setCommitter("Test", "test@example.com").call();
    }

    /** Stages everything, then {@code opsdiff check --repo DIR ARGS...}. */
    Run stageAllAndCheck(String... args) throws GitAPIException {
        stageAll();
        return check(args);
    }

    /** {@code opsdiff check --repo DIR ARGS...} */
    Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--repo", dir.toString()));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Override
    public void close() {
        git.close();
    }

    /**
     * Keeps the developer's ~/.gitconfig and /etc/gitconfig out of the tests: a global core.hooksPath or
     * commit.gpgSign would otherwise change what the tests do (or where they write).
     */
    static synchronized void isolateFromUserConfig() {
        if (SystemReader.getInstance() instanceof Isolated) {
            return;
        }
        SystemReader.setInstance(new Isolated(SystemReader.getInstance()));
    }

    private static final class Isolated extends SystemReader.Delegate {
        private static final File NONE = new File("/nonexistent/opsdiff-test/gitconfig");

        Isolated(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, NONE, fs);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, NONE, fs);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, NONE, fs);
        }
    }
}
