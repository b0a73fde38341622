package com.acme.billing.fx;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FxRateRepository extends JpaRepository<FxRate, String> {
    Optional<FxRate> findByPair(String pair);
}
