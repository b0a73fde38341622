package com.acme.tickets.config;

public final class HttpTimeouts {
    public static final int CONNECT_MILLIS = 750;
    public static final int EVENTS_READ_MILLIS = 4 * 1000;

    private HttpTimeouts() {
    }
}
