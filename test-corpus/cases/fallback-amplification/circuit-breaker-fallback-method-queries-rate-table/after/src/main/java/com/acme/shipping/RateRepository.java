package com.acme.shipping;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RateRepository extends JpaRepository<Quote, String> {
    Quote findContractRateByPostcodePrefix(String prefix);
}
