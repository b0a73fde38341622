package com.acme.banking.transfers;

public class DuplicateTransferException extends RuntimeException {
    public DuplicateTransferException(String transferId) {
        super("Transfer " + transferId + " was already booked");
    }
}
