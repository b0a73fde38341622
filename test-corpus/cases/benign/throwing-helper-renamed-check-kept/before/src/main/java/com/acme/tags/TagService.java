package com.acme.tags;

import org.springframework.stereotype.Service;

@Service
public class TagService {
    private final TagRepository tags;

    public TagService(TagRepository tags) {
        this.tags = tags;
    }

    public void addTag(String accountId, String name) {
        if (tags.existsByAccountIdAndName(accountId, name)) {
            throwAlreadyExists(accountId, name);
        }
        tags.save(new Tag(accountId, name));
    }

    private void throwAlreadyExists(String accountId, String name) {
        throw new IllegalStateException("tag " + name + " is already on " + accountId);
    }
}
