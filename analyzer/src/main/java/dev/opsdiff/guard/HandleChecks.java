package dev.opsdiff.guard;

import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Guard;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Tests of the work's own handle: {@code if (task == null || task.isDone()) task = executor.schedule(..)}. The
 * condition names the field or local the guarded call's result is stored in, so a null test means "not started yet"
 * and the catalog's {@code handle} entries say what the handle's state tests mean ({@code isDone}: the last run is
 * over; {@code isAlive}: still running). A handle that the condition tests but the guarded work does not produce
 * (lazy initialisation of something else) is no guard.
 */
final class HandleChecks {
    private HandleChecks() {
    }

    /** Adds, for each condition that tests the handle of the work it guards, the atoms {@link ConditionLogic} reads. */
    static void add(MethodView view, GuardCatalog catalog, Map<Integer, Check> byCall, Map<String, Check> byName) {
        List<GuardCatalog.Entry> tests = catalog.guards(GuardCatalog.Shape.HANDLE).stream()
                .filter(e -> !e.stopsPrevious()).toList();
        if (tests.isEmpty()) {
            return;
        }
        for (Guard g : view.method.guards()) {
            for (String name : g.names()) {
                Integer work = view.assigned.get(name);
                if (work == null || byName.containsKey(name) || !guardedBy(view.site(work), g)) {
                    continue;
                }
                String text = g.condition().text();
                byName.put(name, new Check(GuardKind.HANDLE, GuardCatalog.Sense.DONE, null, name + " == null", text,
                        name, name, -1));
                for (int i : g.conditionCalls()) {
                    CallSite test = view.site(i);
                    if (test.argCount() != 0 || !names(test, name)) {
                        continue;
                    }
                    tests.stream().filter(e -> e.matchesName(test.name())).findFirst().ifPresent(e -> byCall.put(i,
                            new Check(GuardKind.HANDLE, e.sense(), e, test.name(), text, name, name, i)));
                }
            }
        }
    }

    /**
     * {@code task.cancel(false); task = executor.schedule(..)}: the previous run is stopped before the next starts, so
     * a repeated call still leaves one run. Guards the restart like a handle test does.
     */
    static void stops(MethodView view, GuardCatalog catalog, BiConsumer<Integer, GuardFact> protect,
                      Consumer<GuardFact> site) {
        List<GuardCatalog.Entry> stops = catalog.guards(GuardCatalog.Shape.HANDLE).stream()
                .filter(GuardCatalog.Entry::stopsPrevious).toList();
        if (stops.isEmpty()) {
            return;
        }
        view.assigned.forEach((handle, work) -> {
            for (int i = 0; i < work; i++) {
                CallSite stop = view.site(i);
                if (names(stop, handle) && stops.stream().anyMatch(e -> e.matchesName(stop.name()))) {
                    GuardFact f = new GuardFact(GuardKind.HANDLE, GuardFact.Origin.SEQUENCE, stop.name(), stop.text(),
                            handle, handle, stop.location(), view.method.id(), i, Set.of(), true);
                    site.accept(f);
                    protect.accept(work, f);
                    return;
                }
            }
        });
    }

    private static boolean guardedBy(CallSite work, Guard g) {
        return work.guards().stream().anyMatch(ref -> ref.guard() == g.index());
    }

    private static boolean names(CallSite test, String handle) {
        return handle.equals(test.receiver().variableName());
    }
}
