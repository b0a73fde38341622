package com.acme.media.comments;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

@Service
public class CommentFeed {
    private final MongoTemplate mongoTemplate;

    public CommentFeed(MongoTemplate mongoTemplate) {
        this.mongoTemplate = mongoTemplate;
    }

    public List<CommentItem> page(List<CommentDoc> comments) {
        List<CommentItem> items = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            CommentDoc comment = comments.get(i);
            Author author = mongoTemplate.findById(comment.authorId(), Author.class); // expect: query-fanout
            if (author != null && !author.isBanned()) {
                items.add(new CommentItem(comment.id(), author.getHandle(), comment.text()));
            }
        }
        return items;
    }
}
