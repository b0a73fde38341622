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
            duplicateTag(accountId, name);
        }
        tags.save(new Tag(accountId, name));
    }

    private void duplicateTag(String accountId, String name) {
        throw new IllegalStateException(String.format("tag %s is already on account %s", name, accountId));
    }
}
