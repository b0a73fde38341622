package com.acme.maps.tiles;

import okhttp3.OkHttpClient;

public class TileFetcher {
    private final OkHttpClient client;

    public TileFetcher() {
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .build();
    }

    public OkHttpClient client() {
        return client;
    }
}
