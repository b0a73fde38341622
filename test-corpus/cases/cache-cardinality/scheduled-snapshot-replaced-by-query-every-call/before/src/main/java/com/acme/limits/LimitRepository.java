package com.acme.limits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LimitRepository extends JpaRepository<Limit, String> {
    List<Limit> findAllByOrderByPlan();
}
