package com.acme.alerts.dispatch;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class AlertAudit {
    @Id
    private long eventId;
    private String channel;

    protected AlertAudit() {
    }

    public AlertAudit(long eventId, String channel) {
        this.eventId = eventId;
        this.channel = channel;
    }
}
