package com.acme.alerts.dispatch;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AlertAuditRepository extends JpaRepository<AlertAudit, Long> {
}
