package com.acme.settlement.clearing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class ClearingClient {
    private final OkHttpClient http;

    public ClearingClient(OkHttpClient base) {
        this.http = base.newBuilder()
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    public String submit(String batchId) {
        Request request = new Request.Builder().url("https://clearing.example.com/batches/" + batchId).build();
        try (Response response = http.newCall(request).execute()) {
            return response.header("X-Reference");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
