package com.acme.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class QuoteFetcher {
    private HttpClient client;

    public String fetch(String symbol) throws Exception {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://quotes.acme.test/" + symbol))
                .timeout(Duration.ofSeconds(3)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
