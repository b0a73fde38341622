package com.acme.tags.dao;

import com.acme.common.dao.EntityDao;
import com.acme.tags.api.TagApiException;

import java.util.List;
import java.util.UUID;

public interface TagDao extends EntityDao<TagRecord, TagApiException> {
    List<TagRecord> getTagsForObject(UUID objectId);
}
