package com.acme.maps.tiles;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

public class TileFetcher {
    private final OkHttpClient client;

    public TileFetcher() {
        this.client = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(10, TimeUnit.SECONDS)
                .followRedirects(false)
                .build();
    }

    public OkHttpClient client() {
        return client;
    }
}
