package com.acme.community.discussions;

public record CommentView(String id, String authorId, String body) {
}
