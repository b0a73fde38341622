package com.acme.feed;

public class FeedRequest {
    private final String url;
    private int connectTimeoutMillis = -1;
    private int readTimeoutMillis = -1;

    public FeedRequest(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public int getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public int getReadTimeoutMillis() {
        return readTimeoutMillis;
    }

    public void setReadTimeoutMillis(int readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }
}
