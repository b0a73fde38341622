package com.acme.printing.labels;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

public class LabelPrinter {
    private static final int CONNECT_TIMEOUT_MS = 2000;
    private static final int READ_TIMEOUT_MS = 5000;

    private final String host;

    public LabelPrinter(String host) {
        this.host = host;
    }

    public void print(byte[] zpl) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, 9100), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(zpl);
            out.flush();
        }
    }
}
