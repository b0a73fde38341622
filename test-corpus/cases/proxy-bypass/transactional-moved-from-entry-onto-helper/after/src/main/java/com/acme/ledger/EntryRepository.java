package com.acme.ledger;

import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntryRepository extends JpaRepository<Entry, Long> {
    int debit(String account, BigDecimal amount);

    int credit(String account, BigDecimal amount);
}
