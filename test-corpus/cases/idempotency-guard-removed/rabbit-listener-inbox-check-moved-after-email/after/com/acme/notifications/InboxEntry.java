package com.acme.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

@Entity
public class InboxEntry {
    @Id
    private String messageId;
    private Instant handledAt;

    protected InboxEntry() {
    }

    public InboxEntry(String messageId, Instant handledAt) {
        this.messageId = messageId;
        this.handledAt = handledAt;
    }
}
