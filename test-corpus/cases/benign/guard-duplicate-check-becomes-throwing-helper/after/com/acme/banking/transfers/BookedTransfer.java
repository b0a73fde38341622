package com.acme.banking.transfers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;

@Entity
public class BookedTransfer {
    @Id
    private String transferId;
    private String fromAccount;
    private String toAccount;
    private BigDecimal amount;

    protected BookedTransfer() {
    }

    public BookedTransfer(TransferCommand command) {
        this.transferId = command.transferId();
        this.fromAccount = command.fromAccount();
        this.toAccount = command.toAccount();
        this.amount = command.amount();
    }
}
