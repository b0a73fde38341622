package com.acme.community.discussions;

public record CommentView(String id, Profile author, String body) {
}
