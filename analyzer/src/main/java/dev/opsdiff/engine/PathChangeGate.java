package dev.opsdiff.engine;

import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.rule.Finding;
import dev.opsdiff.rule.FlowStep;
import dev.opsdiff.rule.RelatedLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The engine's invariant for every rule: no finding without a change on its path. A finding stays only when a
 * method it involves changed materially ({@link MaterialChanges}): the method that owns it, a method on its code
 * flow, a method holding one of its related places, or the AFTER counterpart of the method holding its BEFORE place
 * ({@code properties.before.file/line}, which every rule records), or a place outside any method on a line the change
 * edited (a constant, a field, a type annotation). Otherwise the difference it reports comes from
 * what the analysis could see on each side, not from the change, and it is dropped here, once, for all rules.
 * A finding that belongs to no method (a configuration file's value) needs an edited line at one of its places.
 */
final class PathChangeGate {
    private final MaterialChanges changes;
    private final MethodsByLine before;
    private final MethodsByLine after;
    private final ProgramModel afterProgram;
    private final Predicate<Location> changedLine;

    /** @param changedLine whether the change added or edited a line (for places outside methods: constants, fields) */
    PathChangeGate(MaterialChanges changes, ProgramModel beforeProgram, ProgramModel afterProgram,
                   Predicate<Location> changedLine) {
        this.changes = changes;
        this.changedLine = changedLine;
        this.before = new MethodsByLine(beforeProgram);
        this.after = new MethodsByLine(afterProgram);
        this.afterProgram = afterProgram;
    }

    boolean hasChangeOnPath(Finding f) {
        if (f.ownerMethod() == null) {
            return changedLine.test(f.location()) || f.related().stream().anyMatch(r -> changedLine.test(r.location()));
        }
        Optional<MethodModel> owner = afterProgram.method(f.ownerMethod());
        if (owner.isEmpty() || changes.changed(owner.get())) {
            return true;
        }
        List<Location> places = new ArrayList<>();
        places.add(f.location());
        f.related().stream().map(RelatedLocation::location).forEach(places::add);
        f.codeFlow().stream().map(FlowStep::location).forEach(places::add);
        for (Location l : places) {
            Optional<MethodModel> m = after.at(l);
            if (m.isPresent() ? changes.changed(m.get()) : changedLine.test(l)) {
                return true;
            }
        }
        return beforePlace(f).flatMap(l -> before.at(l.path(), l.line()))
                .map(m -> changes.changedBefore(m.id())).orElse(false);
    }

    private static Optional<Location> beforePlace(Finding f) {
        if (f.properties().get("before") instanceof Map<?, ?> b && b.get("file") instanceof String path
                && b.get("line") instanceof Integer line) {
            return Optional.of(new Location(path, line, 1, line, 1));
        }
        return Optional.empty();
    }
}
