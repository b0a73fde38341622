package com.acme.docs;

import lombok.extern.slf4j.Slf4j;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@Slf4j
@RestController
public class AdminDocumentController {
    private final DocumentRepository documents;

    public AdminDocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    @DeleteMapping("/admin/documents")
    @Secured("ROLE_ADMIN")
    public void purgeAll() {
        documents.deleteAll();
    }

}
