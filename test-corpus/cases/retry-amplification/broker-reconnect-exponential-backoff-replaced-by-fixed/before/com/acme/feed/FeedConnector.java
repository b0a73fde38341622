package com.acme.feed;

import java.io.IOException;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

public class FeedConnector {
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
        ExponentialBackOff backOff = new ExponentialBackOff(1_000L, 2.0);
        backOff.setMaxInterval(60_000L);
        BackOffExecution execution = backOff.start();
        while (running) {
            try {
                connection.connect(endpoint);
                return;
            } catch (IOException e) {
                pause(execution.nextBackOff());
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
