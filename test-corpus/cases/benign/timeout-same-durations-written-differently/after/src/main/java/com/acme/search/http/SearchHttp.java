package com.acme.search.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

public final class SearchHttp {
    private SearchHttp() {
    }

    public static OkHttpClient client() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofMillis(2_000))
                .readTimeout(1500, TimeUnit.MILLISECONDS)
                .writeTimeout(Duration.parse("PT30S"))
                .callTimeout(TimeUnit.MINUTES.toMillis(1), TimeUnit.MILLISECONDS)
                .build();
    }
}
