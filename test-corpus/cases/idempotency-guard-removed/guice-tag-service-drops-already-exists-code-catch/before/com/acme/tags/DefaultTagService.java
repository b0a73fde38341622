package com.acme.tags;

import com.acme.tags.api.ErrorCode;
import com.acme.tags.api.TagApiException;
import com.acme.tags.api.TagService;
import com.acme.tags.dao.TagDao;
import com.acme.tags.dao.TagRecord;

import java.util.UUID;
import javax.inject.Inject;

public class DefaultTagService implements TagService {
    private final TagDao tagDao;

    @Inject
    public DefaultTagService(TagDao tagDao) {
        this.tagDao = tagDao;
    }

    @Override
    public void addTag(UUID objectId, UUID tagDefinitionId) throws TagApiException {
        TagRecord tag = new TagRecord(UUID.randomUUID(), objectId, tagDefinitionId);
        try {
            tagDao.create(tag);
        } catch (TagApiException e) {
            // adding a tag twice is not an error
            if (e.getCode() != ErrorCode.TAG_ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
