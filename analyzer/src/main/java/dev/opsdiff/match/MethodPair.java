package dev.opsdiff.match;

import dev.opsdiff.model.MethodModel;

/** A BEFORE method and its AFTER counterpart, with the evidence and body similarity (0..1) of the pairing. */
public record MethodPair(MethodModel before, MethodModel after, MatchEvidence evidence, double similarity) {
}
