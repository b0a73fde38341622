package com.acme.outbox;

import java.util.List;

public interface OutboxStore {
    List<OutboxEntry> pending();

    void markSent(long id);

    void scheduleRetry(long id, long nextAttemptAt);
}
