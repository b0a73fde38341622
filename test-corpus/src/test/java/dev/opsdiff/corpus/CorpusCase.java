package dev.opsdiff.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One corpus case: {@code cases/<rule-id or benign>/<name>/{before,after}}; expectations are the
 * {@code // expect: <rule-id>[, <rule-id>]} markers on AFTER lines ({@code # expect: <rule-id>} in configuration files).
 */
record CorpusCase(String group, String name, Path dir) {
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)");
    /**
     * Classpath cases only: what the declarations-only front end reports where the classpath removes an
     * over-approximation ({@code // without-classpath: <rule-id>}, e.g. a call of one overload reaching its twin).
     */
    private static final Pattern WITHOUT_CLASSPATH = Pattern.compile(
            "//\\s*without-classpath:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)");
    /** Configuration files (application.properties/yml) mark expected findings with a {@code #} comment. */
    private static final Pattern CONFIG_MARKER = Pattern.compile("#\\s*expect:\\s*([\\w-]+(?:\\s*,\\s*[\\w-]+)*)");

    /** A finding or expectation: rule, AFTER path (relative to after/), line. */
    record Mark(String rule, String path, int line) implements Comparable<Mark> {
        @Override
        public int compareTo(Mark o) {
            int c = path.compareTo(o.path);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(line, o.line);
            return c != 0 ? c : rule.compareTo(o.rule);
        }

        @Override
        public String toString() {
            return path + ":" + line + " [" + rule + "]";
        }
    }

    static List<CorpusCase> discover(Path casesRoot) throws IOException {
        List<CorpusCase> out = new ArrayList<>();
        try (Stream<Path> groups = Files.list(casesRoot)) {
            for (Path group : groups.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> cases = Files.list(group)) {
                    for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                        out.add(new CorpusCase(group.getFileName().toString(), c.getFileName().toString(), c));
                    }
                }
            }
        }
        return out;
    }

    Path before() {
        return dir.resolve("before");
    }

    Path after() {
        return dir.resolve("after");
    }

    boolean benign() {
        return group.equals("benign");
    }

    String id() {
        return group + "/" + name;
    }

    private static boolean isConfig(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml");
    }

    Set<Mark> expected() {
        return marks(null);
    }

    /** The {@code // without-classpath:} markers of a classpath case's AFTER sources. */
    Set<Mark> expectedWithoutClasspath() {
        return marks(WITHOUT_CLASSPATH);
    }

    /** Markers of {@code pattern}; null: the {@code expect:} markers, {@code #} ones in configuration files. */
    private Set<Mark> marks(Pattern pattern) {
        Set<Mark> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(after())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || isConfig(p)).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                String rel = after().relativize(f).toString().replace('\\', '/');
                Pattern marker = pattern != null ? pattern : isConfig(f) ? CONFIG_MARKER : MARKER;
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = marker.matcher(lines.get(i));
                    if (m.find()) {
                        for (String rule : m.group(1).split("\\s*,\\s*")) {
                            out.add(new Mark(rule, rel, i + 1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
