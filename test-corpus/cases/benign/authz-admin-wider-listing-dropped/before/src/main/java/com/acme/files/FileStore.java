package com.acme.files;

import java.util.List;

public interface FileStore {
    List<String> listAll();

    List<String> listTenant(String tenant);
}
