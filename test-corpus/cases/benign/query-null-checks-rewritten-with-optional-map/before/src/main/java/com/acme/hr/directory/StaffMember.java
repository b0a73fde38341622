package com.acme.hr.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class StaffMember {
    @Id
    private Long id;
    private String fullName;
    private String departmentCode;
    private Long managerId;

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Long getManagerId() {
        return managerId;
    }
}
