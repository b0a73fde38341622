package com.acme.community.discussions;

public record Profile(String id, String displayName, String avatarUrl) {
}
