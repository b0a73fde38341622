package com.acme.docs;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentController {
    private final DocumentRepository documents;
    private final PermissionService permissions;

    public DocumentController(DocumentRepository documents, PermissionService permissions) {
        this.documents = documents;
        this.permissions = permissions;
    }

    @PutMapping("/documents/{id}/title")
    public Document rename(@RequestHeader("X-User") String userId, @PathVariable Long id,
                           @RequestParam String title) {
        Document doc = documents.findById(id).orElseThrow(); // expect: authorization-removed
        return documents.save(new Document(doc.id(), doc.ownerId(), title));
    }

}
