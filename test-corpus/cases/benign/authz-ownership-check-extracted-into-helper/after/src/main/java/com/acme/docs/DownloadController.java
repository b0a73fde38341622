package com.acme.docs;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DownloadController {
    private final DocumentRepository documents;
    private final AccessPolicy policy;

    public DownloadController(DocumentRepository documents, AccessPolicy policy) {
        this.documents = documents;
        this.policy = policy;
    }

    @GetMapping("/documents/{id}")
    public Document download(@RequestHeader("X-User") String userId, @PathVariable Long id) {
        return loadOwned(userId, id);
    }

    private Document loadOwned(String userId, Long id) {
        Document doc = documents.findById(id).orElseThrow();
        policy.verifyOwnership(doc, userId);
        return doc;
    }

}
