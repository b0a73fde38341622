package com.acme.billing.dunning;

public final class ServerLifecycle {
    private static volatile boolean stopped;

    private ServerLifecycle() {
    }

    public static boolean isStopped() {
        return stopped;
    }

    public static void stop() {
        stopped = true;
    }
}
