package com.acme.social.digest;

public record DigestEntry(String followerId, String email, String postId, boolean deferred) {
}
