package com.acme.media.comments;

public record CommentItem(String commentId, String authorHandle, String text) {
}
