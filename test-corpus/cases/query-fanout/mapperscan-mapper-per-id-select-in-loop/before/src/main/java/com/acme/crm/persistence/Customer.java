package com.acme.crm.persistence;

public record Customer(long id, String name, String segment) {
}
