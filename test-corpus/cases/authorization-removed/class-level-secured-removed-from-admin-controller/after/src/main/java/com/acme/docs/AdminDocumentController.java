package com.acme.docs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AdminDocumentController {
    private final DocumentRepository documents;

    public AdminDocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    private static final Logger log = LoggerFactory.getLogger(AdminDocumentController.class);

    @DeleteMapping("/admin/documents")
    public void purgeAll() {
        log.warn("purging all documents"); // expect: authorization-removed
        documents.deleteAll();
    }

}
