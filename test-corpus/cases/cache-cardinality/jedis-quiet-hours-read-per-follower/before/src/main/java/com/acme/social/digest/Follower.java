package com.acme.social.digest;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Follower {
    @Id
    private String id;
    private String authorId;
    private String email;

    public String getId() {
        return id;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getEmail() {
        return email;
    }
}
