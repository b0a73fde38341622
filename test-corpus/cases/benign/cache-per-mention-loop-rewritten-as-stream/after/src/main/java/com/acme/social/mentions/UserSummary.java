package com.acme.social.mentions;

public record UserSummary(String handle, String displayName, boolean mentionable) {
}
