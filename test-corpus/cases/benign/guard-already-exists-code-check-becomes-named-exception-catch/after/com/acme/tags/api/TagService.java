package com.acme.tags.api;

import java.util.UUID;

public interface TagService {
    void addTag(UUID objectId, UUID tagDefinitionId) throws TagApiException;
}
