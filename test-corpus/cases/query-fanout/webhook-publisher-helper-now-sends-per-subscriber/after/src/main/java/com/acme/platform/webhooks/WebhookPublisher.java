package com.acme.platform.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

@Component
public class WebhookPublisher {
    private final HttpClient httpClient;
    private final SubscriptionRegistry subscriptionRegistry;

    public WebhookPublisher(HttpClient httpClient, SubscriptionRegistry subscriptionRegistry) {
        this.httpClient = httpClient;
        this.subscriptionRegistry = subscriptionRegistry;
    }

    public void publish(WebhookEvent event) {
        // the relay is retired: deliver to each subscriber directly
        for (URI endpoint : subscriptionRegistry.endpointsFor(event.type())) {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header("X-Event-Type", event.type())
                    .POST(HttpRequest.BodyPublishers.ofString(event.payloadJson()))
                    .build();
            try {
                httpClient.send(request, HttpResponse.BodyHandlers.discarding()); // expect: query-fanout
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("delivery to " + endpoint + " failed for " + event.id(), e);
            }
        }
    }
}
