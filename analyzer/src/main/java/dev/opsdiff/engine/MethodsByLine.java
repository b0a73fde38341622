package dev.opsdiff.engine;

import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.Location;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.ProgramModel;
import dev.opsdiff.model.TypeModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The innermost method of one side that encloses a source line (a method of a local class inside another wins). */
final class MethodsByLine {
    private final ProgramModel program;
    private final Map<String, List<MethodModel>> byPath = new HashMap<>();

    MethodsByLine(ProgramModel program) {
        this.program = program;
    }

    Optional<MethodModel> at(String path, int line) {
        MethodModel best = null;
        for (MethodModel m : methods(path)) {
            Location l = m.location();
            if (l.line() <= line && line <= l.endLine()
                    && (best == null || l.endLine() - l.line() < best.location().endLine() - best.location().line())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<MethodModel> at(Location location) {
        return location == null ? Optional.empty() : at(location.path(), location.line());
    }

    private List<MethodModel> methods(String path) {
        return byPath.computeIfAbsent(path, p -> {
            List<MethodModel> out = new ArrayList<>();
            program.file(p).ifPresent(f -> collect(f, out));
            return out;
        });
    }

    private static void collect(FileModel file, List<MethodModel> out) {
        for (TypeModel t : file.types()) {
            out.addAll(t.methods());
        }
    }
}
