package com.acme.campus.enrollment;

import java.util.List;

public record EnrollmentRequest(String studentId, List<String> courseCodes) {
}
