package dev.opsdiff.retry;

import dev.opsdiff.catalog.BackoffVocabulary;
import dev.opsdiff.model.CallSite;
import dev.opsdiff.model.Expr;
import dev.opsdiff.model.MethodModel;
import dev.opsdiff.model.Receiver;
import dev.opsdiff.resolve.ResolvedProgram;
import java.util.List;
import java.util.Optional;

/**
 * Retries by resubmission: a method that, in a catch block, hands an executor or timer a task that calls the method
 * itself ({@code catch (IOException e) { executor.schedule(() -> save(version), 500, MILLISECONDS); }}). The delay
 * argument of the submission is the retry's backoff; submitting through {@code execute} or {@code submit} instead
 * retries at once, in a tight loop for as long as the failure lasts. Which methods delay and which do not is catalog
 * data ({@code backoffs: delayedSubmits / immediateSubmits}).
 */
public final class Resubmissions {
    /** A delayed resubmission of BEFORE whose AFTER counterpart runs at once. */
    public record LostDelay(CallSite before, CallSite after) {
    }

    private final BackoffVocabulary words;

    private Resubmissions(BackoffVocabulary words) {
        this.words = words;
    }

    public static Resubmissions of(ResolvedProgram program) {
        return new Resubmissions(program.catalog().backoffs());
    }

    /** BEFORE resubmitted itself after a delay, AFTER still resubmits itself but never after one. */
    public Optional<LostDelay> lost(MethodModel before, MethodModel after) {
        Optional<CallSite> delayed = resubmits(before).stream().filter(this::delayed).findFirst();
        if (delayed.isEmpty()) {
            return Optional.empty();
        }
        List<CallSite> now = resubmits(after);
        if (now.isEmpty() || now.stream().anyMatch(this::delayed)) {
            return Optional.empty();
        }
        return Optional.of(new LostDelay(delayed.get(), now.get(0)));
    }

    /** Submissions in a catch block whose task calls the method itself. */
    List<CallSite> resubmits(MethodModel m) {
        return m.calls().stream().filter(c -> c.inCatchBlock() && submits(c.name()))
                .filter(c -> m.calls().stream().anyMatch(k -> k.callbackOf() == c.index()
                        && k.name().equals(m.name()) && k.receiver().kind() == Receiver.Kind.THIS))
                .toList();
    }

    private boolean submits(String name) {
        return words.delayedSubmits().contains(name) || words.immediateSubmits().contains(name);
    }

    /** A delayed submission whose delay is not a literal zero. */
    private boolean delayed(CallSite c) {
        if (!words.delayedSubmits().contains(c.name()) || c.args().size() < 2) {
            return false;
        }
        Expr delay = c.args().get(1);
        return !(delay instanceof Expr.Literal l && l.value() instanceof Number n && n.longValue() == 0);
    }
}
