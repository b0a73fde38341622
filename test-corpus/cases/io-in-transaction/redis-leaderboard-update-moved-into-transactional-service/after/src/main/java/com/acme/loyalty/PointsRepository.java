package com.acme.loyalty;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PointsRepository extends JpaRepository<PointsRow, Long> {
    int addPoints(String member, long points);
}
