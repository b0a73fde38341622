package com.acme.media.comments;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

@Service
public class CommentFeed {
    private final MongoTemplate mongoTemplate;

    public CommentFeed(MongoTemplate mongoTemplate) {
        this.mongoTemplate = mongoTemplate;
    }

    public List<CommentItem> page(List<CommentDoc> comments) {
        List<String> authorIds = comments.stream().map(CommentDoc::authorId).distinct().toList();
        Map<String, Author> authors = mongoTemplate.find(query(where("_id").in(authorIds)), Author.class).stream()
                .collect(Collectors.toMap(Author::getId, Function.identity()));
        List<CommentItem> items = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            CommentDoc comment = comments.get(i);
            Author author = authors.get(comment.authorId());
            if (author != null && !author.isBanned()) {
                items.add(new CommentItem(comment.id(), author.getHandle(), comment.text()));
            }
        }
        return items;
    }
}
