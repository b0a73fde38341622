package com.acme.docs;

import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Secured("ROLE_ADMIN")
public class AdminDocumentController {
    private final DocumentRepository documents;

    public AdminDocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    @DeleteMapping("/admin/documents")
    public void purgeAll() {
        documents.deleteAll();
    }

}
