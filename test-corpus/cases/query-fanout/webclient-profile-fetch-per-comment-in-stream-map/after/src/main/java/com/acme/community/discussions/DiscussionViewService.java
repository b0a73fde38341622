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
        Profile author = profile(discussion.authorId());
        // show each commenter's name and avatar instead of a raw id
        List<CommentView> comments = discussion.comments().stream()
                .map(comment -> new CommentView(comment.id(), profile(comment.authorId()), comment.body())) // expect: query-fanout
                .toList();
        return new DiscussionView(discussion.id(), discussion.title(), author, comments);
    }

    private Profile profile(String profileId) {
        return profileClient.get().uri("/profiles/{id}", profileId).retrieve().bodyToMono(Profile.class).block();
    }
}
