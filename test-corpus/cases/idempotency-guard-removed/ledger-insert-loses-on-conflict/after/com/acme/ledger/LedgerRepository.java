package com.acme.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;

public interface LedgerRepository extends JpaRepository<LedgerEntry, String> {
    @Modifying
    @Query(value = "insert into ledger_entries_v2 (event_id, account_id, amount) values (:eventId, :accountId, :amount)",
            nativeQuery = true)
    int insertEntry(@Param("eventId") String eventId, @Param("accountId") String accountId,
                    @Param("amount") BigDecimal amount);
}
