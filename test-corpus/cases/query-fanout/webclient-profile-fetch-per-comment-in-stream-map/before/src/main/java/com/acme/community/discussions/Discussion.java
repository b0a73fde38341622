package com.acme.community.discussions;

import java.util.List;

public record Discussion(String id, String title, String authorId, List<Comment> comments) {
}
