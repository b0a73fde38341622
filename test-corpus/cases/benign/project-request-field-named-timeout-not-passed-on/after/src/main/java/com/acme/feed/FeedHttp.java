package com.acme.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class FeedHttp {
    private static final int CONNECT_TIMEOUT_MILLIS = 5000;
    private static final int READ_TIMEOUT_MILLIS = 30000;

    public InputStream open(FeedRequest request) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(request.getUrl()).openConnection();
        conn.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        conn.setReadTimeout(READ_TIMEOUT_MILLIS);
        System.out.println("expected read budget " + request.getReadTimeoutMillis() + " ms");
        return conn.getInputStream();
    }
}
