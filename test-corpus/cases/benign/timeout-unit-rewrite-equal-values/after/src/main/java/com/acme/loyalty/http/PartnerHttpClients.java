package com.acme.loyalty.http;

import okhttp3.OkHttpClient;

import java.time.Duration;

public class PartnerHttpClients {

    public OkHttpClient pointsClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }
}
