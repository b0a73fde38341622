package com.acme.community.discussions;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class DiscussionViewService {
    private final WebClient profileClient;

    public DiscussionViewService(WebClient profileClient) {
        this.profileClient = profileClient;
    }

    public DiscussionView view(Discussion discussion) {
        Profile author = profileClient.get().uri("/profiles/{id}", discussion.authorId()).retrieve().bodyToMono(Profile.class).block();
        List<CommentView> comments = discussion.comments().stream()
                .map(comment -> new CommentView(comment.id(), comment.authorId(), comment.body()))
                .toList();
        return new DiscussionView(discussion.id(), discussion.title(), author, comments);
    }
}
