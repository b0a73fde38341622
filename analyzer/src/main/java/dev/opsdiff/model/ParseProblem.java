package dev.opsdiff.model;

/** A file that could not be analyzed; the rest of the snapshot still is. */
public record ParseProblem(String side, String path, int line, int column, String message) {
}
