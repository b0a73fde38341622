package com.acme.docs;

public record Document(Long id, String ownerId, String title) {
}
