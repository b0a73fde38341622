package com.acme.logistics.dispatch;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ZoneRepository extends JpaRepository<Zone, String> {
    Zone findByPostcode(String postcode);
}
