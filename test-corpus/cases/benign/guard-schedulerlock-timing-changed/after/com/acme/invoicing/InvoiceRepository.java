package com.acme.invoicing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface InvoiceRepository extends JpaRepository<Invoice, String> {
    List<Invoice> findByDueDateBeforeAndPaidFalse(LocalDate date);
}
