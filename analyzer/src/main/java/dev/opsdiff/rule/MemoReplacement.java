package dev.opsdiff.rule;

import dev.opsdiff.summary.Occurrence;

/**
 * A load that replaced an in-memory memo: BEFORE the method read the memo, AFTER it makes the I/O the memo held the
 * results of.
 *
 * @param after the AFTER occurrence of the load, whose first hop is the call in the owning method
 * @param memo  the memo as written, e.g. "`cache` of `DefinitionGetter`"
 * @param via   the BEFORE call of the method that led to the memo read, as written
 */
public record MemoReplacement(Occurrence after, String memo, String via) {
}
