package com.acme.alerts.routing;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.stereotype.Service;

@Service
public class AlertDispatcher {
    private final NotificationPreferences preferences;
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

    public AlertDispatcher(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    public void dispatch(User user, Alert alert) {
        Set<String> channels = preferences.channelsFor(user);
        for (String channel : channels) {
            outbox.offer(channel + "|" + user.id() + "|" + alert.id());
        }
    }
}
