package com.acme.tags;

public record Tag(String accountId, String name) {
}
