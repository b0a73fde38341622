package dev.opsdiff.summary;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Loop;

import java.util.List;

/**
 * One step of a call path: a call site inside a method, with the loops around it in that method (outermost first).
 */
public record Hop(String methodId, String methodName, CallSite site, List<Loop> loops) {
}
