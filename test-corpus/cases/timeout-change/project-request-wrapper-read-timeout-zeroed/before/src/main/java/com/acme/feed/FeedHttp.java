package com.acme.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class FeedHttp {
    private static final int DEFAULT_TIMEOUT_MILLIS = 5000;

    public InputStream open(FeedRequest request) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(request.getUrl()).openConnection();
        int connectTimeout = request.getConnectTimeoutMillis();
        if (connectTimeout < 0) {
            connectTimeout = DEFAULT_TIMEOUT_MILLIS;
        }
        int readTimeout = request.getReadTimeoutMillis();
        if (readTimeout < 0) {
            readTimeout = DEFAULT_TIMEOUT_MILLIS;
        }
        conn.setConnectTimeout(connectTimeout);
        conn.setReadTimeout(readTimeout);
        return conn.getInputStream();
    }
}
