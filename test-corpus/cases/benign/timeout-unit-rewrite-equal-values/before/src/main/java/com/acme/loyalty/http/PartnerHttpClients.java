package com.acme.loyalty.http;

import okhttp3.OkHttpClient;

import java.time.Duration;

public class PartnerHttpClients {

    public OkHttpClient pointsClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofMillis(2000))
                .readTimeout(Duration.ofMillis(30000))
                .build();
    }
}
