package com.acme.media.streaming;

public record Title(String id, String name, int runtimeSeconds) {
}
