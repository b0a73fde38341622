package dev.opsdiff.frontend;

import dev.opsdiff.model.FileModel;
import dev.opsdiff.model.ParseProblem;
import dev.opsdiff.source.SourceFile;

/**
 * Turns one source file into the engine's model. Implementations (JavaParser now, a classpath-precise Spoon
 * front end later) must produce the same model for the same source; the syntax tree never leaves the front end.
 */
public interface FrontEnd {
    /**
     * Builds the model of a Java file. Never throws for bad source: an unparseable file yields a problem instead.
     */
    Result build(SourceFile file, String side);

    /** Exactly one of {@code model} and {@code problem} is set. */
    record Result(FileModel model, ParseProblem problem) {
        public static Result of(FileModel model) {
            return new Result(model, null);
        }

        public static Result failed(ParseProblem problem) {
            return new Result(null, problem);
        }
    }
}
