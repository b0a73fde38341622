package dev.opsdiff.engine;

import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.source.LineChanges;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps findings on lines the change added or edited (GitHub shows pull-request annotations only there): a finding
 * on an unchanged line moves to the nearest changed line of the method that owns it, and its original place stays as
 * a related location. Findings with no changed line in their method stay where the rule put them.
 */
final class ChangedLineLocator {
    private final Snapshot before;
    private final Snapshot after;
    private final LineChanges diff;
    private final Map<String, Set<Integer>> changed = new HashMap<>();

    ChangedLineLocator(Snapshot before, Snapshot after, LineChanges diff) {
        this.before = before;
        this.after = after;
        this.diff = diff;
    }

    Finding place(Finding f, ProgramModel program) {
        Set<Integer> lines = changedLines(f.location().path());
        if (lines == null || lines.contains(f.location().line()) || f.ownerMethod() == null) {
            return f;
        }
        Optional<MethodModel> owner = program.method(f.ownerMethod());
        if (owner.isEmpty() || !owner.get().location().path().equals(f.location().path())) {
            return f;
        }
        Location m = owner.get().location();
        Integer best = null;
        for (int line : lines) {
            if (line >= m.line() && line <= m.endLine()
                    && (best == null || Math.abs(line - f.location().line()) < Math.abs(best - f.location().line()))) {
                best = line;
            }
        }
        if (best == null) {
            return f;
        }
        String text = lineText(f.location().path(), best);
        int first = 1 + (text.length() - text.stripLeading().length());
        Location moved = new Location(f.location().path(), best, first, best, Math.max(first, text.stripTrailing().length()));
        List<RelatedLocation> related = new ArrayList<>(f.related());
        related.add(0, new RelatedLocation(f.location(), "the risky call (its line is unchanged)"));
        Map<String, Object> props = new TreeMap<>(f.properties());
        props.put("riskyCallLine", f.location().line());
        return new Finding(f.ruleId(), f.level(), f.message(), moved, f.ownerMethod(), related, f.codeFlow(), props,
                f.fingerprintKey(), f.suppressed());
    }

    /** Null when the file is new or unchanged (every line counts, or none do: nothing to move). */
    private Set<Integer> changedLines(String path) {
        if (changed.containsKey(path)) {
            return changed.get(path);
        }
        Set<Integer> lines = null;
        Optional<SourceFile> now = after.file(path);
        Optional<SourceFile> old = before.file(path);
        if (now.isPresent() && old.isPresent() && !now.get().contentHash().equals(old.get().contentHash())) {
            lines = diff.changedLines(old.get().text(), now.get().text());
        }
        changed.put(path, lines);
        return lines;
    }

    private String lineText(String path, int line) {
        String[] lines = after.file(path).map(SourceFile::text).orElse("").split("\r\n|\r|\n", -1);
        return line - 1 < lines.length ? lines[line - 1] : "";
    }
}
