package com.acme.forum.threads;

public record CommentView(long id, String body, String authorName, String avatarUrl) {
}
