package com.acme.files;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

@Service
public class FolderService {
    private final FolderRepository folders;

    public FolderService(FolderRepository folders) {
        this.folders = folders;
    }

    public String create(String path, String owner) {
        if (folders.existsByPath(path)) {
            return "EXISTS";
        }
        try {
            folders.save(new Folder(path, owner));
        } catch (DuplicateKeyException e) {
            return "EXISTS";
        }
        return "CREATED";
    }
}
