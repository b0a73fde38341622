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
        while (true) { // expect: retry-amplification
            try (Socket socket = new Socket(host, port)) {
                return;
            } catch (IOException e) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }
}
