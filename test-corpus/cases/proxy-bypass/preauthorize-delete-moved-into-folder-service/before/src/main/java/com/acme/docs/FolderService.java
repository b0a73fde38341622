package com.acme.docs;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class FolderService {
    private final DocumentService documentService;

    public FolderService(DocumentService documentService) {
        this.documentService = documentService;
    }

    public void purge(List<Long> documentIds) {
        for (Long id : documentIds) {
            documentService.delete(id);
        }
    }

}
