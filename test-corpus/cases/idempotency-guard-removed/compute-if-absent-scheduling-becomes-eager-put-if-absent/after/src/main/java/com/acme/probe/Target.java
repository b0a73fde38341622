package com.acme.probe;

public record Target(String key, String url) {
}
