package com.acme.community.discussions;

import java.time.Instant;

public record Comment(String id, String authorId, String body, Instant postedAt) {
}
