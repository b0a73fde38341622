package dev.opsdiff.model;

/** Syntactic shapes that repeat a piece of code. */
public enum LoopKind {
    ENHANCED_FOR, INDEXED_FOR, WHILE, DO_WHILE,
    /** A lambda or method reference passed to an iteration method ({@code forEach}, stream {@code map}, ...). */
    ITERATION_CALLBACK
}
