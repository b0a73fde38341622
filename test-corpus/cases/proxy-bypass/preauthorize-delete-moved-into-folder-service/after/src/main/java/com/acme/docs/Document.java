package com.acme.docs;

public record Document(Long id, Long folderId) {
}
