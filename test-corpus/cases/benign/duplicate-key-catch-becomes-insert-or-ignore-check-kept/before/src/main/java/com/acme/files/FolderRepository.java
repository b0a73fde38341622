package com.acme.files;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FolderRepository extends JpaRepository<Folder, String> {
    boolean existsByPath(String path);
}
