package com.acme.launch;

public record App(String name, String artifact) {
}
