package dev.opsdiff.model;

import java.util.List;
import java.util.Set;

/**
 * A condition that decides whether later work runs: an early exit ({@code if (seen) return;}) or a branch
 * that wraps the work ({@code if (claimed) { charge(); }}).
 *
 * @param index          position in the method's guard list
 * @param kind           how it guards
 * @param condition      the condition as an expression
 * @param conditionCalls indices of the calls evaluated by the condition
 * @param names          simple names the condition reads (to link {@code boolean seen = repo.exists(id)})
 * @param exit           for early exits: return, throw, continue or break
 * @param location       the {@code if} statement
 */
public record Guard(int index, Kind kind, Expr condition, List<Integer> conditionCalls, Set<String> names,
                    String exit, Location location) implements java.io.Serializable {
    public enum Kind { EARLY_EXIT, WRAPS }
}
