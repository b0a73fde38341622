package dev.opsdiff.engine;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Loop;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.summary.Factor;
import dev.opsdiff.summary.Occurrence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lookup that returned one row now returns a list, and the work the method did with that row now runs per element
 * of the list ({@code exist = find(type, id); save(exist)} → {@code find(type, id).forEach(r -> save(r))}): the loop
 * walks the rows the same lookup already found, which the BEFORE code took to be one; it is not new fan-out over data.
 * Only loops of the owner method over a local filled by the same call (same receiver, name and arguments) count, and
 * only when BEFORE read that local as a row (an accessor such as {@code getCode()}, no collection method).
 */
final class SingleRowLookups {
    private static final Pattern ACCESSOR = Pattern.compile("(get|is|has)[A-Z].*");
    private static final Set<String> COLLECTION_METHODS = Set.of("size", "get", "isEmpty", "stream", "iterator",
            "forEach", "contains", "containsKey", "keySet", "values", "entrySet", "toArray", "subList");

    private SingleRowLookups() {
    }

    /** How many data loops of the occurrence's first hop walk the rows of a lookup BEFORE used as one value. */
    static int loopsOverFormerSingleRow(MethodModel before, MethodModel after, Occurrence a) {
        int count = 0;
        for (Loop loop : a.first().loops()) {
            if (!new Factor(loop.iterates(), loop.constantBound(), loop.location()).dataDependent()) {
                continue;
            }
            Optional<CallSite> source = after.calls().stream()
                    .filter(c -> loop.iterates().equals(c.assignedTo())).findFirst();
            if (source.isPresent() && usedAsOneValue(before, source.get())) {
                count++;
            }
        }
        return count;
    }

    private static List<String> argTexts(CallSite c) {
        return c.args().stream().map(dev.opsdiff.model.Expr::text).toList();
    }

    /** BEFORE made the same call, kept its result in a local and iterated nothing over it. */
    private static boolean usedAsOneValue(MethodModel before, CallSite lookup) {
        for (CallSite c : before.calls()) {
            if (GrowthFinder.sameCall(c, lookup) && argTexts(c).equals(argTexts(lookup)) && c.assignedTo() != null) {
                String variable = c.assignedTo();
                boolean iterated = before.loops().stream().anyMatch(l -> l.iterates().equals(variable)
                        || l.iterates().startsWith(variable + "."));
                List<String> used = before.calls().stream()
                        .filter(u -> u.receiver().text().equals(variable)).map(CallSite::name).toList();
                // A row: its accessors are read (exist.getTriggerCode()); a list passed whole to a batch call is not.
                return !iterated && used.stream().anyMatch(n -> ACCESSOR.matcher(n).matches())
                        && used.stream().noneMatch(COLLECTION_METHODS::contains);
            }
        }
        return false;
    }
}
