package dev.opsdiff.guard;

import java.util.Locale;

/**
 * What an idempotency guard checks (API-CATALOG §6). Guards of one {@link Family} can stand in for each other: a
 * refactor that swaps {@code contains}+{@code add} for {@code add}, or {@code existsById} for a unique constraint, keeps
 * repeats safe; a lock cannot replace a dedupe check, nor the other way round.
 */
public enum GuardKind {
    /** A lookup of what was already done: {@code existsById}, {@code countBy.. > 0}, {@code findBy..().isPresent()}. */
    EXISTENCE(Family.REPEAT, false),
    /** A processed-id store: {@code processedIds.contains(id)}, Redis {@code hasKey}. */
    DEDUPE(Family.REPEAT, false),
    /** Check and record in one atomic step: {@code Set#add}, {@code putIfAbsent}, {@code SET NX}, CAS. */
    CLAIM(Family.REPEAT, true),
    /** The entity is already in the target state: {@code order.isPaid()}, {@code getStatus() == PAID}. */
    STATUS(Family.REPEAT, false),
    /** A unique constraint turns the repeat into a duplicate-key error: catch, {@code ON CONFLICT DO NOTHING}. */
    UNIQUE_KEY(Family.REPEAT, true),
    /** The receiving service deduplicates: {@code Idempotency-Key} header, Stripe idempotency key. */
    IDEMPOTENCY_KEY(Family.REPEAT, true),
    /** Optimistic locking: {@code @Version}, optimistic-lock exceptions. */
    VERSION(Family.VERSION, true),
    /** Mutual exclusion across instances: {@code tryLock}, {@code @SchedulerLock}, {@code FOR UPDATE}. */
    LOCK(Family.LOCK, true),
    /**
     * The work's own handle says it is already running: {@code if (task == null || task.isDone()) task =
     * executor.scheduleWithFixedDelay(..)}.
     */
    HANDLE(Family.REPEAT, false);

    /** Guards that can replace each other. */
    public enum Family { REPEAT, VERSION, LOCK }

    private final Family family;
    private final boolean atomic;

    GuardKind(Family family, boolean atomic) {
        this.family = family;
        this.atomic = atomic;
    }

    public Family family() {
        return family;
    }

    /** Whether two concurrent repeats cannot both pass it (check-then-act is not atomic). */
    public boolean atomic() {
        return atomic;
    }

    /**
     * Whether the guard itself shows that the method is called again (a lock is written for concurrent callers, a
     * handle test for repeated starts), so its loss matters even where no entry point is found.
     */
    public boolean showsRepeats() {
        return this == LOCK || this == HANDLE;
    }

    /** The catalog id: {@code unique-key}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a catalog kind; null when it is not a guard kind (entry points, protected effects). */
    public static GuardKind fromId(String id) {
        for (GuardKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        return null;
    }
}
