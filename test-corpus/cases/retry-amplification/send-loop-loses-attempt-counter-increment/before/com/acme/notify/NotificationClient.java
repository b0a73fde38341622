package com.acme.notify;

import com.acme.notify.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class NotificationClient {
    private static final Logger log = LoggerFactory.getLogger(NotificationClient.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final long DEADLINE_MILLIS = 3000L;

    private volatile Transport transport;

    public NotificationClient(Transport transport) {
        this.transport = transport;
    }

    public void send(Notification notification) {
        int attempt = 0;
        long start = System.currentTimeMillis();
        while (attempt < MAX_ATTEMPTS && System.currentTimeMillis() < start + DEADLINE_MILLIS) {
            try {
                transport.send(notification.payload());
                return;
            } catch (RuntimeException e) {
                log.warn("send of {} failed (attempt {})", notification.id(), attempt, e);
            }
            attempt++;
        }
        throw new IllegalStateException("notification " + notification.id() + " not sent");
    }
}
