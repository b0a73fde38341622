package com.acme.notify;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class ChannelRegistry {
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    public void register(String id, Channel channel) {
        channels.put(id, channel);
    }

    public Optional<Channel> find(String id) {
        return Optional.ofNullable(channels.get(id));
    }
}
