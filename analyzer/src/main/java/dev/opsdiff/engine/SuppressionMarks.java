package dev.opsdiff.engine;

import dev.opsdiff.match.Matching;
import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Marks findings suppressed by {@code @SuppressWarnings("opsdiff:<id>")} or {@code // opsdiff:ignore <id>}, and
 * whether the change itself added that suppression (property {@value Finding#SUPPRESSION_ADDED}): a change that silences its own finding
 * is still silenced, but reports count it and {@code --no-new-suppressions} can refuse it.
 */
final class SuppressionMarks {
    private static final String ADDED = Finding.SUPPRESSION_ADDED;

    private final Snapshot before;
    private final Snapshot after;
    private final Matching matching;

    SuppressionMarks(Snapshot before, Snapshot after, Matching matching) {
        this.before = before;
        this.after = after;
        this.matching = matching;
    }

    List<Finding> mark(List<Finding> findings, ProgramModel program) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Finding result = f;
            MethodModel owner = f.ownerMethod() == null ? null : program.method(f.ownerMethod()).orElse(null);
            if (owner != null && suppresses(owner.suppressions(), f.ruleId())) {
                result = f.withSuppression("@SuppressWarnings(\"opsdiff:" + f.ruleId() + "\") on "
                        + owner.displayName());
                boolean existed = matching.ofAfter(owner).map(p -> suppresses(p.before().suppressions(), f.ruleId()))
                        .orElse(false);
                result = existed ? result : added(result);
            } else {
                FileModel file = program.file(f.location().path()).orElse(null);
                Set<String> ignored = file == null ? Set.of()
                        : file.ignoredLines().getOrDefault(f.location().line(), Set.of());
                if (suppresses(ignored, f.ruleId())) {
                    result = f.withSuppression("// opsdiff:ignore on line " + f.location().line());
                    result = commentExisted(f) ? result : added(result);
                }
            }
            out.add(result);
        }
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }

    private static boolean suppresses(Set<String> ids, String ruleId) {
        return ids.contains(ruleId) || ids.contains("all");
    }

    /** The reported line, comment included, was already in the BEFORE version of the file (anywhere in it). */
    private boolean commentExisted(Finding f) {
        String path = f.location().path();
        String line = lineOf(after.file(path).map(SourceFile::text).orElse(""), f.location().line()).strip();
        Set<String> old = before.file(path).map(s -> s.text().lines().map(String::strip).collect(Collectors.toSet()))
                .orElse(Set.of());
        return old.contains(line);
    }

    private static String lineOf(String text, int line) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        return line - 1 < lines.length ? lines[line - 1] : "";
    }

    private static Finding added(Finding f) {
        Map<String, Object> props = new TreeMap<>(f.properties());
        props.put(ADDED, true);
        return new Finding(f.ruleId(), f.level(), f.message(), f.location(), f.ownerMethod(), f.related(),
                f.codeFlow(), props, f.fingerprintKey(), f.suppressed());
    }
}
