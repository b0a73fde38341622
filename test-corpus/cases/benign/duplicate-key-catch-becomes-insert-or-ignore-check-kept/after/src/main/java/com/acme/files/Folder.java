package com.acme.files;

public record Folder(String path, String owner) {
}
