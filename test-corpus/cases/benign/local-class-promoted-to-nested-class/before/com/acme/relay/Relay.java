package com.acme.relay;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public class Relay {
    private static final long RETRY_DELAY_MILLIS = 250;

    private final ScheduledExecutorService scheduler;
    private final Downstream downstream;

    public Relay(ScheduledExecutorService scheduler, Downstream downstream) {
        this.scheduler = scheduler;
        this.downstream = downstream;
    }

    public void forward(String payload) {
        class Delivery {
            private int retries;

            void attempt() {
                try {
                    downstream.send(payload);
                } catch (RuntimeException e) {
                    retry();
                }
            }

            void retry() {
                long delay = RETRY_DELAY_MILLIS * (long) Math.pow(2, retries++);
                scheduler.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
            }
        }
        new Delivery().attempt();
    }
}
