package dev.opsdiff.match;

/** Why two methods (or types) were paired, strictest first. */
public enum MatchEvidence {
    /** Same declaring type and signature. */
    SAME_SIGNATURE,
    /** Same declaring type and name, parameters changed. */
    CHANGED_SIGNATURE,
    /** Same declaring type, renamed, with a similar body. */
    RENAMED,
    /** Declared in another type (moved class or moved method) with the same name and a similar body. */
    MOVED,
    /** Declared in another type under another name with a very similar body. */
    MOVED_AND_RENAMED
}
