package com.acme.alerts.routing;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.stereotype.Component;

/** Hands deliveries to the in-process sender pool. */
@Component
public class ChannelGateway {
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

    public void deliver(String channel, User user, Alert alert) {
        outbox.offer(channel + "|" + user.getId() + "|" + alert.id());
    }

    public int pending() {
        return outbox.size();
    }
}
