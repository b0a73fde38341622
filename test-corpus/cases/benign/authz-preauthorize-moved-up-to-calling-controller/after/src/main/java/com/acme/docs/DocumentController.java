package com.acme.docs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentController {
    private final DocumentService documentService;

    public DocumentController(DocumentService documentService) {
        this.documentService = documentService;
    }

    @DeleteMapping("/documents/{id}")
    @PreAuthorize("hasPermission(#id, 'Document', 'delete')")
    public void delete(@PathVariable Long id) {
        documentService.delete(id);
    }

}
