package com.acme.campus.enrollment;

import java.util.Set;

public record Student(String id, Set<String> passedCourses) {
}
