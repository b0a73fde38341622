package com.acme.lending.bureau;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class CreditBureauClient {
    private final HttpClient http;

    public CreditBureauClient(HttpClient http) {
        this.http = http;
    }

    public int score(String nationalId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://bureau.example.com/scores/" + nationalId))
                .timeout(Duration.ofSeconds(2))
                .build();
        return Integer.parseInt(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
