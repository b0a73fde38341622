package com.acme.alerts.routing;

import java.util.Set;
import org.springframework.stereotype.Service;

@Service
public class AlertDispatcher {
    private final NotificationPreferences preferences;
    private final ChannelGateway channelGateway;

    public AlertDispatcher(NotificationPreferences preferences, ChannelGateway channelGateway) {
        this.preferences = preferences;
        this.channelGateway = channelGateway;
    }

    public void dispatch(User user, Alert alert) {
        Set<String> channels = preferences.channelsFor(user);
        if (channels.isEmpty() || "low".equals(alert.severity()) && !channels.contains("email")) {
            return;
        }
        for (String channel : channels) {
            channelGateway.deliver(channel, user, alert);
        }
    }
}
