package com.acme.docs;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AuditController {
    private final AuditLog auditLog;
    private final PermissionService permissions;

    public AuditController(AuditLog auditLog, PermissionService permissions) {
        this.auditLog = auditLog;
        this.permissions = permissions;
    }

    @GetMapping("/audit/export")
    public ResponseEntity<List<String>> export(@RequestHeader("X-User") String userId) {
        return ResponseEntity.ok(auditLog.all()); // expect: authorization-removed
    }

}
