package com.acme.files;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class FileService {
    private final FileStore store;

    public FileService(FileStore store) {
        this.store = store;
    }

    public List<String> list(User user) {
        return isAdmin(user) ? store.listAll() : store.listTenant(user.tenant());
    }

    private boolean isAdmin(User user) {
        return user.admin();
    }

}
