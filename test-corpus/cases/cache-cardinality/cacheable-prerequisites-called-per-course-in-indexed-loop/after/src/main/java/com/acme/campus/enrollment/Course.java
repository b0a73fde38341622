package com.acme.campus.enrollment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Course {
    @Id
    private String code;
    private String title;
    @ManyToMany
    private Set<Course> prerequisites;

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }
}
