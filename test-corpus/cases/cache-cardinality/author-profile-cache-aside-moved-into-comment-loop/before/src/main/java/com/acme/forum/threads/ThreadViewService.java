package com.acme.forum.threads;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

@Service
public class ThreadViewService {
    private final StringRedisTemplate redisTemplate;
    private final AuthorProfileRepository authorProfileRepository;

    public ThreadViewService(StringRedisTemplate redisTemplate, AuthorProfileRepository authorProfileRepository) {
        this.redisTemplate = redisTemplate;
        this.authorProfileRepository = authorProfileRepository;
    }

    public List<CommentView> render(String starterId, List<Comment> comments) {
        // cards are written by the profile-sync consumer; fall back to the table when one is missing
        String card = redisTemplate.opsForValue().get("profile:card:" + starterId);
        if (card == null) {
            AuthorProfile profile = authorProfileRepository.findById(starterId).orElseThrow();
            card = profile.getDisplayName() + "|" + profile.getAvatarUrl();
        }
        String[] parts = card.split("\\|", 2);
        List<CommentView> views = new ArrayList<>();
        for (Comment comment : comments) {
            String name = comment.authorId().equals(starterId) ? parts[0] : "member";
            views.add(new CommentView(comment.id(), comment.body(), name, parts[1]));
        }
        return views;
    }
}
