package dev.opsdiff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.opsdiff.cli.GitFixture.PRICING_PATH;
import static dev.opsdiff.cli.GitFixture.PRICING_RISKY;
import static dev.opsdiff.cli.GitFixture.RISKY_LINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GitHub Action's shell steps ({@code action/opsdiff-action.sh}, called by {@code action.yml}) run here as the
 * runner would run them: in a sample repository, with {@code GITHUB_BASE_REF}, {@code GITHUB_STEP_SUMMARY},
 * {@code GITHUB_OUTPUT} and {@code RUNNER_TEMP} set. opsdiff itself runs from the classes under test.
 */
class GitHubActionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("action/opsdiff-action.sh");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsBashAndGit() {
        assumeTrue(onPath("bash") && onPath("git"), "the action's steps need bash and git");
    }

    record Step(int code, String out, String err, Map<String, String> outputs, String summary) {
        @Override
        public String toString() {
            return "exit " + code + "\nstdout:\n" + out + "stderr:\n" + err + "outputs: " + outputs;
        }
    }

    @Test
    void pullRequestGetsAnnotationsSarifAndSummaryFromOneRunAndFailsInTheVerdict() throws Exception {
        Path workspace = tmp.resolve("workspace");
        try (GitFixture repo = GitFixture.withService(workspace)) {
            RevCommit base = repo.git.log().call().iterator().next();
            // As actions/checkout leaves it: the target branch as a remote-tracking ref, the PR commit checked out.
            RefUpdate origin = repo.git.getRepository().updateRef("refs/remotes/origin/main");
            origin.setNewObjectId(base);
            origin.forceUpdate();
            repo.git.checkout().setCreateBranch(true).setName("feature").call();
            repo.write(PRICING_PATH, PRICING_RISKY).commit("price per item");

            Step check = step("check", workspace, Map.of("GITHUB_BASE_REF", "main", "INPUT_FAIL_ON", "error"));
            assertEquals(0, check.code(), "the job fails in the verdict, after the upload: " + check);
            assertEquals("1", check.outputs().get("exit-code"), check.toString());
            assertTrue(check.err().contains("checking working tree against origin/main...HEAD (merge base "),
                    check.toString());

            List<String> annotations = check.out().lines().filter(l -> l.startsWith("::")).toList();
            assertEquals(1, annotations.size(), check.toString());
            assertTrue(annotations.get(0).startsWith("::error file=" + PRICING_PATH + ",line=" + RISKY_LINE + ","),
                    annotations.get(0));

            assertTrue(check.summary().startsWith("### opsdiff: 1 risky change"), check.summary());
            assertTrue(check.summary().contains("`cache-cardinality` · `" + PRICING_PATH + ":" + RISKY_LINE + "`"),
                    check.summary());

            Path sarif = Path.of(check.outputs().get("sarif-file"));
            assertTrue(sarif.startsWith(tmp.resolve("runner")), "outside the repository: " + sarif);
            JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0");
            assertEquals("cache-cardinality", result.at("/ruleId").asText());
            assertEquals(PRICING_PATH, result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());

            Step verdict = step("verdict", workspace, Map.of("EXIT_CODE", check.outputs().get("exit-code"),
                    "INPUT_FAIL_ON", "error"));
            assertEquals(1, verdict.code(), verdict.toString());
            assertTrue(verdict.out().contains("findings at or above error"), verdict.toString());
        }
    }

    @Test
    void shallowCheckoutIsExplainedInOneLine() throws Exception {
        Path upstream = tmp.resolve("upstream");
        try (GitFixture repo = GitFixture.withService(upstream)) {
            repo.git.checkout().setCreateBranch(true).setName("feature").call();
            repo.write(PRICING_PATH, PRICING_RISKY).commit("price per item");
        }
        Path workspace = tmp.resolve("shallow");
        // What actions/checkout does by default: one commit of the PR, no target branch.
        Process clone = new ProcessBuilder("git", "clone", "-q", "--depth", "1", "--branch", "feature",
                upstream.toUri().toString(), workspace.toString()).inheritIO().start();
        assertEquals(0, clone.waitFor());

        Step check = step("check", workspace, Map.of("GITHUB_BASE_REF", "main"));
        assertEquals(2, check.code(), check.toString());
        assertEquals("2", check.outputs().get("exit-code"));
        List<String> lines = check.out().lines().toList();
        assertEquals(1, lines.size(), check.toString());
        assertTrue(lines.get(0).startsWith("::error title=opsdiff needs the pull request's history::The checkout is "
                + "shallow"), lines.get(0));
        assertTrue(lines.get(0).endsWith("set 'fetch-depth: 0' on actions/checkout."), lines.get(0));
        assertFalse(check.outputs().containsKey("sarif-file"));
    }

    @Test
    void pushWithoutABaseChecksTheLastCommitAndInputsReachOpsdiff() throws Exception {
        Path workspace = tmp.resolve("push");
        try (GitFixture repo = GitFixture.withService(workspace)) {
            repo.write(PRICING_PATH, PRICING_RISKY).commit("price per item");
            Step check = step("check", workspace, Map.of("INPUT_FAIL_ON", "never"));
            assertEquals("0", check.outputs().get("exit-code"), check.toString());
            assertTrue(check.out().startsWith("::notice title=opsdiff::Not a pull request"), check.toString());
            assertTrue(check.out().contains("::error file=" + PRICING_PATH), "still annotated: " + check);
            assertEquals(0, step("verdict", workspace, Map.of("EXIT_CODE", "0")).code());

            Step badConfig = step("check", workspace, Map.of("INPUT_CONFIG", "missing.yml"));
            assertEquals(2, badConfig.code(), badConfig.toString());
            assertTrue(badConfig.out().contains("::error title=opsdiff could not run::opsdiff: configuration file "
                    + "not found: missing.yml"), badConfig.toString());
        }
    }

    @Test
    void cacheKeyFollowsOpsdiffSources() throws Exception {
        Step key = step("cache-key", tmp, Map.of("RUNNER_OS", "Linux"));
        assertEquals(0, key.code(), key.toString());
        assertTrue(key.outputs().get("key").matches("opsdiff-jar-Linux-[0-9a-f]{64}"), key.toString());
        assertTrue(key.outputs().get("maven-key").matches("opsdiff-maven-Linux-[0-9a-f]{64}"), key.toString());
        assertEquals(key.outputs(), step("cache-key", tmp, Map.of("RUNNER_OS", "Linux")).outputs(), "stable");
    }

    /** action.yml declares the inputs, is composite, and calls only sub-commands the script has. */
    @Test
    void actionMetadataMatchesTheScript() throws IOException {
        JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
        assertEquals("composite", action.at("/runs/using").asText());
        Set<String> inputs = new TreeSet<>();
        action.get("inputs").fieldNames().forEachRemaining(inputs::add);
        assertEquals(new TreeSet<>(List.of("base-ref", "fail-on", "config", "baseline", "upload-sarif",
                "java-version")), inputs);
        String script = Files.readString(SCRIPT);
        Set<String> called = new TreeSet<>();
        for (JsonNode step : action.at("/runs/steps")) {
            Matcher m = Pattern.compile("opsdiff-action\\.sh\" ([a-z-]+)").matcher(step.path("run").asText());
            if (m.find()) {
                called.add(m.group(1));
                assertTrue(script.contains("\n  " + m.group(1) + ") "), m.group(1));
                assertEquals("bash", step.path("shell").asText());
            }
        }
        assertEquals(Set.of("cache-key", "build", "check", "verdict"), called);
        JsonNode upload = null;
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif")) {
                upload = step;
            }
        }
        assertEquals("opsdiff", upload.at("/with/category").asText(), "a stable category");
    }

    /** Runs one sub-command of the script with the GitHub environment of a job, as the runner does. */
    private Step step(String command, Path workspace, Map<String, String> env) throws Exception {
        Path runner = Files.createDirectories(tmp.resolve("runner"));
        Path output = runner.resolve("output-" + System.nanoTime());
        Path summary = runner.resolve("summary-" + System.nanoTime());
        Files.createFile(output);
        Files.createFile(summary);
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), command).directory(workspace.toFile());
        Map<String, String> e = pb.environment();
        // Whatever job runs these tests must not leak its own GitHub settings into the simulated one.
        e.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_") || k.startsWith("RUNNER_")
                || k.startsWith("OPSDIFF_"));
        e.put("HOME", tmp.toString());
        e.put("GIT_CONFIG_NOSYSTEM", "1");
        e.put("GIT_CONFIG_GLOBAL", "/dev/null");
        e.put("GITHUB_ACTIONS", "true");
        e.put("GITHUB_WORKSPACE", workspace.toString());
        e.put("GITHUB_OUTPUT", output.toString());
        e.put("GITHUB_STEP_SUMMARY", summary.toString());
        e.put("RUNNER_TEMP", runner.toString());
        e.put("OPSDIFF_CMD", launcher().toString());
        e.putAll(env);
        Path out = runner.resolve("stdout");
        Path err = runner.resolve("stderr");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the step finishes");
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(output)) {
            int eq = line.indexOf('=');
            outputs.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return new Step(p.exitValue(), Files.readString(out), Files.readString(err), outputs,
                Files.readString(summary));
    }

    /** An executable that runs opsdiff's Main from this test's class path, standing in for the built jar. */
    private Path launcher() throws IOException {
        Path launcher = tmp.resolve("opsdiff-under-test");
        if (!Files.exists(launcher)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '"
                    + System.getProperty("java.class.path") + "' dev.opsdiff.cli.Main \"$@\"\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        }
        return launcher;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
