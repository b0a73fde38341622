package com.acme.portal;

public record NamespaceDto(String appId, String name, String format) {
}
