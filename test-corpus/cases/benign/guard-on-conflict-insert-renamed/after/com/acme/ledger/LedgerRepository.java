package com.acme.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;

public interface LedgerRepository extends JpaRepository<LedgerEntry, String> {
    @Modifying
    @Query(value = """
            INSERT INTO ledger_entries (event_id, account_id, amount)
            VALUES (:eventId, :accountId, :amount)
            ON CONFLICT (event_id) DO NOTHING
            """, nativeQuery = true)
    int recordOnce(@Param("eventId") String eventId, @Param("accountId") String accountId,
                   @Param("amount") BigDecimal amount);
}
