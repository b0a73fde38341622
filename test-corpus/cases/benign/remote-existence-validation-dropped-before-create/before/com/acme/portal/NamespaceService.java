package com.acme.portal;

import org.springframework.stereotype.Service;

@Service
public class NamespaceService {
    private final AdminServiceClient adminService;

    public NamespaceService(AdminServiceClient adminService) {
        this.adminService = adminService;
    }

    public NamespaceDto create(NamespaceDto namespace) {
        if (!adminService.existsApp(namespace.appId())) {
            throw new IllegalArgumentException("app " + namespace.appId() + " does not exist");
        }
        return adminService.createNamespace(namespace);
    }
}
