package com.acme.billing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TariffRepository extends JpaRepository<Tariff, String> {
    Tariff findByRegion(String region);
}
