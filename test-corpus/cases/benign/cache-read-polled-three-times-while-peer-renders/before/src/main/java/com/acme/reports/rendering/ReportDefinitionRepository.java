package com.acme.reports.rendering;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDefinitionRepository extends JpaRepository<ReportDefinition, String> {
}
