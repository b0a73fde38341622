package com.acme.loyalty;

public record LedgerRow(Long id, String member, long points) {
}
