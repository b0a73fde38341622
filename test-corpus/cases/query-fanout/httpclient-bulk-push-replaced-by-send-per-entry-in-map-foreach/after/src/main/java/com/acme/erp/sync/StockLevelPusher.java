package com.acme.erp.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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

    /** Per-SKU PUTs so that one rejected SKU no longer fails the whole push. */
    public SyncResult push(Map<String, Integer> levels) throws JsonProcessingException {
        List<String> failed = new ArrayList<>();
        levels.forEach((sku, level) -> {
            HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("stock-levels/" + sku))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\":" + level + "}"))
                    .build();
            try {
                HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString()); // expect: query-fanout
                if (response.statusCode() >= 300) {
                    failed.add(sku);
                }
            } catch (IOException e) {
                failed.add(sku);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(sku);
            }
        });
        return new SyncResult(levels.size() - failed.size(), failed);
    }
}
