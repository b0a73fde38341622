package com.acme.agent;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

public class SidecarProbe {
    private final String host;
    private final int port;

    public SidecarProbe(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public void awaitSidecar() throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            try (Socket socket = new Socket(host, port)) {
                return;
            } catch (IOException e) {
                long waitMillis = 1000;
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(1)) {
                    waitMillis = 10000;
                }
                TimeUnit.MILLISECONDS.sleep(waitMillis);
            }
        }
    }
}
