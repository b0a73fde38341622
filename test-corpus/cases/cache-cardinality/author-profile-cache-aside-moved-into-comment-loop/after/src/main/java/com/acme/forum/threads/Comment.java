package com.acme.forum.threads;

import java.time.Instant;

public record Comment(long id, String authorId, String body, Instant postedAt) {
}
