package com.acme.docs;

public interface PermissionService {
    void checkPermission(String userId, Long documentId, String action);

    boolean isAdmin(String userId);
}
