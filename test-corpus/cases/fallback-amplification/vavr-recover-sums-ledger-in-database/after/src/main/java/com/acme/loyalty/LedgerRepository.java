package com.acme.loyalty;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerRepository extends JpaRepository<LedgerRow, Long> {
    Long sumPointsByMember(String member);
}
