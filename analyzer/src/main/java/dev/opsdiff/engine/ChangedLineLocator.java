package dev.opsdiff.engine;

import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.RelatedLocation;
import dev.opsdiff.source.LineChanges;
import dev.opsdiff.source.SourceFile;
import dev.opsdiff.source.Snapshot;
import dev.opsdiff.source.Whitespace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps findings on lines the change added or edited (GitHub shows pull-request annotations only there, and a
 * baseline entry on an untouched line confuses everyone): a finding on an unchanged line moves to the nearest changed
 * line of the method that owns it, else to the nearest changed call on its path, and its original place stays as a
 * related location. A finding with no changed place on its path is not reported.
 */
final class ChangedLineLocator {
    private final Snapshot before;
    private final Snapshot after;
    private final LineChanges diff;
    private final Map<String, Set<Integer>> changed = new HashMap<>();
    private final Map<String, Set<Integer>> edited = new HashMap<>();
    private MethodsByLine methodsByLine;
    private ProgramModel methodsProgram;

    ChangedLineLocator(Snapshot before, Snapshot after, LineChanges diff) {
        this.before = before;
        this.after = after;
        this.diff = diff;
    }

    /**
     * The finding on a line the change added or edited: where the rule put it, else the nearest changed line of its
     * owner method, else the nearest changed call on its path (code flow, then related places: the changed callee);
     * null when no place on its path changed, since a finding on an untouched file or method helps no reviewer.
     */
    Finding place(Finding f, ProgramModel program) {
        if (onChangedLine(f.location())) {
            return f;
        }
        Optional<MethodModel> owner = f.ownerMethod() == null ? Optional.empty() : program.method(f.ownerMethod());
        if (owner.isPresent() && owner.get().location().path().equals(f.location().path())) {
            Optional<Location> near = nearestChanged(owner.get(), f.location().line());
            if (near.isPresent()) {
                return moved(f, near.get(), "the risky call (its line is unchanged)");
            }
        }
        if (f.ownerMethod() == null) {
            return f;
        }
        MethodsByLine methods = methodsOf(program);
        List<Location> path = new ArrayList<>();
        f.codeFlow().forEach(s -> path.add(s.location()));
        f.related().forEach(r -> path.add(r.location()));
        for (Location step : path) {
            if (onChangedLine(step)) {
                return moved(f, step, "the risky call (its file is unchanged)");
            }
            Optional<Location> near = methods.at(step).flatMap(m -> nearestChanged(m, step.line()));
            if (near.isPresent()) {
                return moved(f, near.get(), "the risky call (its method is unchanged)");
            }
        }
        return null;
    }

    private MethodsByLine methodsOf(ProgramModel program) {
        if (methodsByLine == null || methodsProgram != program) {
            methodsByLine = new MethodsByLine(program);
            methodsProgram = program;
        }
        return methodsByLine;
    }

    /**
     * Whether the change edited the line beyond whitespace: what the change-on-path invariant asks of places outside
     * methods (a constant, a field's annotation), where a reformat must not count as a change.
     */
    boolean onEditedLine(Location l) {
        Set<Integer> lines = editedLines(l.path());
        return lines == null ? after.file(l.path()).isPresent() : lines.contains(l.line());
    }

    /** Whether the change added the AFTER file or edited it beyond whitespace. */
    boolean editedFile(String path) {
        Optional<SourceFile> now = after.file(path);
        if (now.isEmpty()) {
            return false;
        }
        Optional<SourceFile> old = before.file(path);
        if (old.isEmpty()) {
            return true;
        }
        if (old.get() == now.get()) {
            return false; // an unchanged file is one object shared by both sides
        }
        Set<Integer> lines = editedLines(path);
        return lines == null || !lines.isEmpty();
    }

    /** The AFTER lines edited beyond whitespace (with deletion points); null when the path is on one side only. */
    Set<Integer> editedLines(String path) {
        return edited.computeIfAbsent(path, p -> {
            Optional<SourceFile> now = after.file(p);
            Optional<SourceFile> old = before.file(p);
            if (now.isEmpty() || old.isEmpty()) {
                return null;
            }
            if (old.get() == now.get() || old.get().contentHash().equals(now.get().contentHash())) {
                return Set.of(); // most files of a whole-tree comparison: no need to squeeze and diff them
            }
            String was = squeezed(old.get().text());
            String is = squeezed(now.get().text());
            return withDeletions(diff.changedLines(was, is), diff.deletionPoints(was, is));
        });
    }

    /** Edited lines plus the lines next to pure deletions: where a deleted guard or setter used to be. */
    private static Set<Integer> withDeletions(Set<Integer> edited, Set<Integer> deletions) {
        if (deletions.isEmpty()) {
            return edited;
        }
        Set<Integer> all = new java.util.TreeSet<>(edited);
        all.addAll(deletions);
        return all;
    }

    /** Each line with its whitespace runs collapsed; the line count is kept. */
    private static String squeezed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean first = true;
        for (String line : Whitespace.lines(text)) {
            if (!first) {
                out.append('\n');
            }
            out.append(Whitespace.squeezed(line.strip()));
            first = false;
        }
        return out.toString();
    }

    boolean onChangedLine(Location l) {
        Set<Integer> lines = changedLines(l.path());
        return lines == null ? after.file(l.path()).isPresent() : lines.contains(l.line());
    }

    private Optional<Location> nearestChanged(MethodModel m, int line) {
        Set<Integer> lines = changedLines(m.location().path());
        if (lines == null) {
            return Optional.empty();
        }
        Location range = m.location();
        Integer best = null;
        for (int l : lines) {
            if (l >= range.line() && l <= range.endLine()
                    && (best == null || Math.abs(l - line) < Math.abs(best - line))) {
                best = l;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String text = lineText(range.path(), best);
        int first = 1 + (text.length() - text.stripLeading().length());
        return Optional.of(new Location(range.path(), best, first, best, Math.max(first, text.stripTrailing().length())));
    }

    private static Finding moved(Finding f, Location to, String why) {
        List<RelatedLocation> related = new ArrayList<>(f.related());
        related.add(0, new RelatedLocation(f.location(), why));
        Map<String, Object> props = new TreeMap<>(f.properties());
        props.put("riskyCallLine", f.location().line());
        if (!to.path().equals(f.location().path())) {
            props.put("riskyCallFile", f.location().path());
        }
        return new Finding(f.ruleId(), f.level(), f.message(), to, f.ownerMethod(), related, f.codeFlow(), props,
                f.fingerprintKey(), f.suppressed());
    }

    /** Null when the file is new (every line counts); empty when it is unchanged. */
    private Set<Integer> changedLines(String path) {
        if (changed.containsKey(path)) {
            return changed.get(path);
        }
        Set<Integer> lines = null;
        Optional<SourceFile> now = after.file(path);
        Optional<SourceFile> old = before.file(path);
        if (now.isPresent() && old.isPresent()) {
            lines = now.get().contentHash().equals(old.get().contentHash()) ? Set.of()
                    : withDeletions(diff.changedLines(old.get().text(), now.get().text()),
                    diff.deletionPoints(old.get().text(), now.get().text()));
        }
        changed.put(path, lines);
        return lines;
    }

    private String lineText(String path, int line) {
        List<String> lines = Whitespace.lines(after.file(path).map(SourceFile::text).orElse(""));
        return line - 1 < lines.size() ? lines.get(line - 1) : "";
    }
}
