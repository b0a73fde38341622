package com.acme.treasury.rates;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class FxRateFeed {
    private final URL endpoint;

    public FxRateFeed(URL endpoint) {
        this.endpoint = endpoint;
    }

    public byte[] download() throws IOException {
        HttpURLConnection conn = (HttpURLConnection) endpoint.openConnection();
        conn.setConnectTimeout(2000);
        conn.setReadTimeout(0); // expect: timeout-change
        try (InputStream in = conn.getInputStream()) {
            return in.readAllBytes();
        } finally {
            conn.disconnect();
        }
    }
}
