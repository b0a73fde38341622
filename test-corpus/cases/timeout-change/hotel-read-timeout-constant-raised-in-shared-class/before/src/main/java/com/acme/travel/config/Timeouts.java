package com.acme.travel.config;

public final class Timeouts {
    public static final int CONNECT_MS = 500;
    public static final int HOTEL_READ_MS = 2 * 1000;

    private Timeouts() {
    }
}
