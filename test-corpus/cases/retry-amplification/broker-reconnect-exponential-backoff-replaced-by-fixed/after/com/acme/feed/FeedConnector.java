package com.acme.feed;

import java.io.IOException;

public class FeedConnector {
    private static final long RECONNECT_WAIT_MILLIS = 1_000L;

    private final BrokerConnection connection;
    private final String endpoint;
    private volatile boolean running = true;

    public FeedConnector(BrokerConnection connection, String endpoint) {
        this.connection = connection;
        this.endpoint = endpoint;
    }

    public void start() {
        connectWithBackoff();
    }

    void connectWithBackoff() {
        while (running) { // expect: retry-amplification
            try {
                connection.connect(endpoint);
                return;
            } catch (IOException e) {
                pause(RECONNECT_WAIT_MILLIS);
            }
        }
    }

    private void pause(long waitMillis) {
        try {
            Thread.sleep(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    public void stop() {
        running = false;
    }
}
