package com.acme.files;

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
        folders.save(new Folder(path, owner)); // expect: idempotency-guard-removed
        return "CREATED";
    }
}
