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
        if (bookings.existsById(command.transferId())) {
            throw new DuplicateTransferException(command.transferId());
        }
        bookings.save(new BookedTransfer(command));
    }
}
