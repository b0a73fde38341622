package com.acme.search;

public record Setting(String name, String value) {
}
