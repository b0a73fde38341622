package com.acme.media.comments;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("authors")
public class Author {
    @Id
    private String id;
    private String handle;
    private boolean banned;

    public String getId() {
        return id;
    }

    public String getHandle() {
        return handle;
    }

    public boolean isBanned() {
        return banned;
    }
}
