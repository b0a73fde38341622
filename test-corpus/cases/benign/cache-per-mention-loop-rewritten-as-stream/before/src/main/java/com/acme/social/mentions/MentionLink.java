package com.acme.social.mentions;

public record MentionLink(String handle, String displayName) {
}
