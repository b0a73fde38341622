package com.acme.reports.rendering;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class ReportDefinition {
    @Id
    private String id;
    private String template;
    private String query;

    public String getId() {
        return id;
    }

    public String getTemplate() {
        return template;
    }

    public String getQuery() {
        return query;
    }
}
