package com.acme.forum.threads;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class AuthorProfile {
    @Id
    private String id;
    private String displayName;
    private String avatarUrl;

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAvatarUrl() {
        return avatarUrl;
    }
}
