package com.acme.portal;

import org.springframework.stereotype.Service;

@Service
public class NamespaceService {
    private final AdminServiceClient adminService;

    public NamespaceService(AdminServiceClient adminService) {
        this.adminService = adminService;
    }

    public NamespaceDto create(NamespaceDto namespace) {
        if (!adminService.isNamespaceUnique(namespace.appId(), namespace.name())) {
            throw new IllegalArgumentException("namespace " + namespace.name() + " already exists");
        }
        return adminService.createNamespace(namespace);
    }
}
