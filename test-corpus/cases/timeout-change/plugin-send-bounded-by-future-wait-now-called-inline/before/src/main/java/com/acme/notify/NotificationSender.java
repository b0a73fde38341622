package com.acme.notify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        CompletableFuture<SendResult> future = CompletableFuture.supplyAsync(() -> channel.get().process(message));
        return future.get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
    }
}
