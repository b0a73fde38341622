import dev.opsdiff.cli.GitCheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a multi-module build pays for opsdiff's Maven plugin: checks each module of a work tree against a base ref in
 * one JVM, as the plugin does module after module, and prints each module's time and the total. Run by
 * bench/gitcheck-modules.sh; nothing is written but the model cache under the repository's git directory.
 *
 *   java -cp opsdiff.jar bench/gitcheck/GitCheckModules.java WORK_TREE BASE_REF MODULE...
 */
public final class GitCheckModules {
    public static void main(String[] args) {
        Path work = Path.of(args[0]);
        String base = args[1];
        long total = 0;
        for (int i = 2; i < args.length; i++) {
            Path module = work.resolve(args[i]);
            List<Path> roots = new ArrayList<>();
            for (String r : List.of("src/main/java", "src/main/resources")) {
                if (Files.isDirectory(module.resolve(r))) {
                    roots.add(module.resolve(r));
                }
            }
            long start = System.nanoTime();
            GitCheck.Result result = GitCheck.in(module).baseRef(base).roots(roots).run();
            long ms = (System.nanoTime() - start) / 1_000_000;
            total += ms;
            System.out.printf("%-28s %6d ms  %d changed files, %d findings%n", args[i], ms, result.changedFiles(),
                    result.reported().size());
        }
        System.out.printf("total %d ms for %d modules%n", total, args.length - 2);
    }
}
