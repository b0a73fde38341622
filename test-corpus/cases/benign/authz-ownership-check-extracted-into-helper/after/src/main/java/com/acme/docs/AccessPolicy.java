package com.acme.docs;

public interface AccessPolicy {
    void verifyOwnership(Document document, String userId);
}
