package com.acme.banking.transfers;

import java.math.BigDecimal;

public record TransferCommand(String transferId, String fromAccount, String toAccount, BigDecimal amount) {
}
