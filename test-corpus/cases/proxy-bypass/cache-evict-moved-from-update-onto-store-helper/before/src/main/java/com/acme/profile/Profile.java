package com.acme.profile;

public record Profile(String id, String displayName) {
}
