package com.acme.campus.enrollment;

import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
public class CourseCatalog {
    private final CourseRepository courseRepository;

    public CourseCatalog(CourseRepository courseRepository) {
        this.courseRepository = courseRepository;
    }

    @Cacheable(cacheNames = "prerequisites", key = "#courseCode")
    public List<String> prerequisitesOf(String courseCode) {
        return courseRepository.findPrerequisiteCodes(courseCode);
    }
}
