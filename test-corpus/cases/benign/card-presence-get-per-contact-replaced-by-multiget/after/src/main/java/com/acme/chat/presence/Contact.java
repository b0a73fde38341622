package com.acme.chat.presence;

public record Contact(String userId, String displayName, boolean blocked) {
}
