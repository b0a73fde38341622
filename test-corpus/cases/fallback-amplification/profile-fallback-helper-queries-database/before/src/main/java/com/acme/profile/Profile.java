package com.acme.profile;

public record Profile(String userId, String displayName) {
    public static Profile anonymous(String userId) {
        return new Profile(userId, "Guest");
    }
}
