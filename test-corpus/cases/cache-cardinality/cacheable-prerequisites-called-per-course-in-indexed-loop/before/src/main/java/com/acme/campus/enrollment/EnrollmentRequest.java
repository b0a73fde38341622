package com.acme.campus.enrollment;

public record EnrollmentRequest(String studentId, String courseCode) {
}
