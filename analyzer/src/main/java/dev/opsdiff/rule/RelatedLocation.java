package dev.opsdiff.rule;

import dev.opsdiff.model.Location;

/** An AFTER-side place involved in a finding (the loop, the helper's library call, the retry). */
public record RelatedLocation(Location location, String message) {
}
