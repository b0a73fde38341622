package com.acme.community.discussions;

import java.util.List;

public record DiscussionView(String id, String title, Profile author, List<CommentView> comments) {
}
