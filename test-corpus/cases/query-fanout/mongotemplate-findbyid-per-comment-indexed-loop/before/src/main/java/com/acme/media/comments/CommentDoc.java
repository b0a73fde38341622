package com.acme.media.comments;

public record CommentDoc(String id, String authorId, String text) {
}
