package com.acme.feed;

import java.io.IOException;
import java.io.InputStream;

public class FeedPoller {
    private final FeedHttp http = new FeedHttp();

    public InputStream poll(String url) throws IOException {
        FeedRequest request = new FeedRequest(url);
        // long poll: the server holds the request for up to 30 s
        request.setReadTimeoutMillis(45000);
        return http.open(request);
    }
}
