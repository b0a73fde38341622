package com.acme.ledger;

public record Entry(Long id, String account) {
}
