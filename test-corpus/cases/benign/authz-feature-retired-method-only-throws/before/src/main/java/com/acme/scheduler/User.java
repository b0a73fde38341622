package com.acme.scheduler;

public record User(int id, String name) {
}
