package com.acme.banking.transfers;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BookedTransferRepository extends JpaRepository<BookedTransfer, String> {
}
