package com.acme.banking.transfers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TransferService {
    private final BookedTransferRepository bookings;

    public TransferService(BookedTransferRepository bookings) {
        this.bookings = bookings;
    }

    @Transactional
    public void transfer(TransferCommand command) {
        ensureNotBooked(command.transferId());
        bookings.save(new BookedTransfer(command));
    }

    private void ensureNotBooked(String transferId) {
        if (bookings.existsById(transferId)) {
            throw new DuplicateTransferException(transferId);
        }
    }
}
