package com.acme.pricing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutageRepository extends JpaRepository<Outage, Long> {
}
