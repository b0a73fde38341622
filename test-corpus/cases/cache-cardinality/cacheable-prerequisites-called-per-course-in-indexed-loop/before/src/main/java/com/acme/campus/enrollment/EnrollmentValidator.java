package com.acme.campus.enrollment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class EnrollmentValidator {
    private final CourseCatalog courseCatalog;

    public EnrollmentValidator(CourseCatalog courseCatalog) {
        this.courseCatalog = courseCatalog;
    }

    /** Returns the prerequisites the student still misses; empty means the enrollment is allowed. */
    public List<String> missingPrerequisites(Student student, EnrollmentRequest request) {
        List<String> missing = new ArrayList<>();
        List<String> prerequisites = courseCatalog.prerequisitesOf(request.courseCode());
        for (String prerequisite : prerequisites) {
            if (!student.passedCourses().contains(prerequisite)) {
                missing.add(prerequisite);
            }
        }
        return missing;
    }
}
