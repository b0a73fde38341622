package com.acme.files;

public record User(int id, String tenant, boolean admin) {
}
