package com.acme.docs;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

@Service
public class FolderService {
    private final DocumentRepository documents;

    public FolderService(DocumentRepository documents) {
        this.documents = documents;
    }

    public void purge(List<Long> documentIds) {
        for (Long id : documentIds) {
            delete(id); // expect: proxy-bypass
        }
    }

    @PreAuthorize("hasPermission(#id, 'Document', 'delete')")
    public void delete(Long id) {
        documents.deleteById(id);
    }

}
