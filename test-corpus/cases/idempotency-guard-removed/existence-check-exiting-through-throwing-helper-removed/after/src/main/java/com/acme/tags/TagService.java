package com.acme.tags;

import org.springframework.stereotype.Service;

@Service
public class TagService {
    private final TagRepository tags;

    public TagService(TagRepository tags) {
        this.tags = tags;
    }

    public void addTag(String accountId, String name) {
        tags.save(new Tag(accountId, name)); // expect: idempotency-guard-removed
    }
}
