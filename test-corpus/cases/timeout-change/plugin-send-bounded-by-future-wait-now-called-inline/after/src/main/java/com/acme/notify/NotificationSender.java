package com.acme.notify;

import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class NotificationSender {
    private final ChannelRegistry registry;
    private final long sendTimeoutMillis = 10_000;

    public NotificationSender(ChannelRegistry registry) {
        this.registry = registry;
    }

    public SendResult send(Message message) throws Exception {
        Optional<Channel> channel = registry.find(message.channelId());
        if (channel.isEmpty()) {
            return new SendResult(false, "no channel " + message.channelId());
        }
        return channel.get().process(message); // expect: timeout-change
    }
}
