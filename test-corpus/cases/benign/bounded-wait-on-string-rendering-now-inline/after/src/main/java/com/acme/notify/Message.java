package com.acme.notify;

public record Message(String channelId, String body) {
}
