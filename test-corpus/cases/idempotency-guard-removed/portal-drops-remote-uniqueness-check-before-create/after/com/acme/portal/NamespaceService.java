package com.acme.portal;

import org.springframework.stereotype.Service;

@Service
public class NamespaceService {
    private final AdminServiceClient adminService;

    public NamespaceService(AdminServiceClient adminService) {
        this.adminService = adminService;
    }

    public NamespaceDto create(NamespaceDto namespace) {
        return adminService.createNamespace(namespace); // expect: idempotency-guard-removed
    }
}
