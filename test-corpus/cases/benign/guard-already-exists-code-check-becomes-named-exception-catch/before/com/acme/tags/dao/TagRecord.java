package com.acme.tags.dao;

import java.util.UUID;

public record TagRecord(UUID id, UUID objectId, UUID tagDefinitionId) {
}
