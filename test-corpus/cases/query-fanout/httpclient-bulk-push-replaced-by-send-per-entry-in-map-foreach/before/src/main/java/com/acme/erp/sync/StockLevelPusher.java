package com.acme.erp.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Pushes warehouse stock levels to the marketplace. */
@Component
public class StockLevelPusher {
    private final HttpClient httpClient;
    private final ObjectMapper objectMapper;
    private final URI endpoint;

    public StockLevelPusher(HttpClient httpClient, ObjectMapper objectMapper, MarketplaceProperties properties) {
        this.httpClient = httpClient;
        this.objectMapper = objectMapper;
        this.endpoint = URI.create(properties.baseUrl() + "/stock-levels");
    }

    public SyncResult push(Map<String, Integer> levels) throws JsonProcessingException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(objectMapper.writeValueAsString(levels)))
                .build();
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                return new SyncResult(0, List.copyOf(levels.keySet()));
            }
        } catch (IOException e) {
            return new SyncResult(0, List.copyOf(levels.keySet()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncResult(0, List.copyOf(levels.keySet()));
        }
        return new SyncResult(levels.size(), List.of());
    }
}
