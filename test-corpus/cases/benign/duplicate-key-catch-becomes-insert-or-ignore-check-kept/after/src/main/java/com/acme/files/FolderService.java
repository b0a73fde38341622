package com.acme.files;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class FolderService {
    private final FolderRepository folders;
    private final JdbcTemplate jdbc;

    public FolderService(FolderRepository folders, JdbcTemplate jdbc) {
        this.folders = folders;
        this.jdbc = jdbc;
    }

    public String create(String path, String owner) {
        if (folders.existsByPath(path)) {
            return "EXISTS";
        }
        int inserted = jdbc.update("INSERT INTO folder (path, owner) VALUES (?, ?) ON CONFLICT DO NOTHING",
                path, owner);
        return inserted == 0 ? "EXISTS" : "CREATED";
    }
}
