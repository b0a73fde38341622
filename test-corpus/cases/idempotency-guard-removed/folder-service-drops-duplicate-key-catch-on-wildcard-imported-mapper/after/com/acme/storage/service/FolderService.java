package com.acme.storage.service;

import com.acme.storage.dao.entity.*;
import com.acme.storage.dao.mapper.*;
import org.springframework.stereotype.Service;

import java.util.*;

@Service
public class FolderService {
    private final FolderMapper folderMapper;

    public FolderService(FolderMapper folderMapper) {
        this.folderMapper = folderMapper;
    }

    public Map<String, Object> createFolder(int ownerId, String parentPath, String name) {
        Map<String, Object> result = new HashMap<>();
        Folder folder = new Folder(ownerId, parentPath + "/" + name, new Date());
        folderMapper.insert(folder); // expect: idempotency-guard-removed
        result.put("status", "CREATED");
        return result;
    }
}
