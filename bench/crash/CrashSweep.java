import dev.opsdiff.config.Config;
import dev.opsdiff.engine.AnalysisResult;
import dev.opsdiff.engine.Analyzer;
import dev.opsdiff.engine.Settings;
import dev.opsdiff.rule.Rule;
import dev.opsdiff.source.FileSystemSnapshots;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Crash sweep: every .java file under a directory, analysed alone as BEFORE and AFTER of a small synthetic edit
 * (a statement added to its first method body, else a comment appended), in both directions. Counts internal errors
 * (any exception out of the analysis), hangs (over --timeout seconds) and parse problems, and prints the slowest files.
 *
 *   java -cp cli/target/opsdiff.jar bench/crash/CrashSweep.java DIR [--timeout 60]
 */
public class CrashSweep {
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+\\w+");
    private static final Pattern BODY = Pattern.compile("\\)\\s*(throws [\\w.,\\s]+)?\\{");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long timeout = args.length > 2 && args[1].equals("--timeout") ? Long.parseLong(args[2]) : 60;
        List<Rule> rules = Analyzer.discoverRules();
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        int errors = 0, hangs = 0, problems = 0, findings = 0;
        List<String> slow = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : files) {
            String rel = root.relativize(file).toString();
            SourceFile read = FileSystemSnapshots.open(file).files().get(0);
            String text = read.text();
            String edited = edit(text);
            for (int direction = 0; direction < 2; direction++) {
                Snapshot before = Snapshot.of("before", List.of(SourceFile.of(rel, direction == 0 ? text : edited)));
                Snapshot after = Snapshot.of("after", List.of(SourceFile.of(rel, direction == 0 ? edited : text)));
                long t0 = System.nanoTime();
                Future<AnalysisResult> run = pool.submit(() ->
                        new Analyzer(rules, Config.empty(), Settings.defaults()).analyze(before, after));
                try {
                    AnalysisResult r = run.get(timeout, TimeUnit.SECONDS);
                    if (!r.problems().isEmpty()) {
                        problems++;
                        if (direction == 0) {
                            var p = r.problems().get(0);
                            System.out.println("parse problem " + rel + ":" + p.line() + ": " + p.message());
                        }
                    }
                    findings += r.findings().size();
                } catch (TimeoutException e) {
                    hangs++;
                    System.out.println("HANG " + rel + " (direction " + direction + ")");
                    run.cancel(true);
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors++;
                    System.out.println("INTERNAL ERROR " + rel + " (direction " + direction + "): " + e.getCause());
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms > 2000) {
                    slow.add(ms + " ms " + rel);
                }
            }
        }
        System.out.printf("files=%d analyses=%d internal-errors=%d hangs=%d with-parse-problems=%d findings=%d"
                + " wall=%ds%n", files.size(), files.size() * 2, errors, hangs, problems, findings,
                (System.nanoTime() - start) / 1_000_000_000);
        slow.stream().sorted((a, b) -> Long.compare(Long.parseLong(b.split(" ")[0]), Long.parseLong(a.split(" ")[0])))
                .limit(5).forEach(s -> System.out.println("slow: " + s));
        System.exit(errors + hangs == 0 ? 0 : 1);
    }

    /** A statement added at the top of the first method body; a comment at the end when there is none. */
    static String edit(String text) {
        Matcher m = BODY.matcher(text);
        while (m.find()) {
            // A record header also ends in ") {", and a record takes no instance field: skip it.
            int declStart = Math.max(text.lastIndexOf(';', m.start()), Math.max(text.lastIndexOf('{', m.start()),
                    text.lastIndexOf('}', m.start()))) + 1;
            if (RECORD.matcher(text.substring(declStart, m.start())).find()) {
                continue;
            }
            return text.substring(0, m.end()) + " int opsdiffSweepProbe = 1;" + text.substring(m.end());
        }
        return text + "\n// opsdiff crash sweep\n";
    }
}
