package com.acme.search.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

public final class SearchHttp {
    private SearchHttp() {
    }

    public static OkHttpClient client() {
        return new OkHttpClient.Builder()
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(Duration.ofMillis(1500))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofMinutes(1))
                .build();
    }
}
