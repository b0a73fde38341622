package com.acme.chat.presence;

public record PresenceView(String userId, String displayName, String status) {
}
