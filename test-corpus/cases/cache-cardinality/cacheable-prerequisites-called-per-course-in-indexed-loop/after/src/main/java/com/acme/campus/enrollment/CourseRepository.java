package com.acme.campus.enrollment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseRepository extends JpaRepository<Course, String> {
    @Query("select p.code from Course c join c.prerequisites p where c.code = :code")
    List<String> findPrerequisiteCodes(@Param("code") String code);
}
