package dev.opsdiff.rule;

import dev.opsdiff.model.Location;

/** One hop of a finding's code flow: where, and what happens there. */
public record FlowStep(Location location, String message) {
}
