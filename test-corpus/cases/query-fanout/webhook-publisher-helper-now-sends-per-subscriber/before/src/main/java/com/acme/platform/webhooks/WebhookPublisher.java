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
    private static final URI RELAY = URI.create("http://webhook-relay/v1/events");

    private final HttpClient httpClient;
    private final SubscriptionRegistry subscriptionRegistry;

    public WebhookPublisher(HttpClient httpClient, SubscriptionRegistry subscriptionRegistry) {
        this.httpClient = httpClient;
        this.subscriptionRegistry = subscriptionRegistry;
    }

    public void publish(WebhookEvent event) {
        if (subscriptionRegistry.endpointsFor(event.type()).isEmpty()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(RELAY)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("X-Event-Type", event.type())
                .POST(HttpRequest.BodyPublishers.ofString(event.payloadJson()))
                .build();
        try {
            httpClient.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("relay unavailable for event " + event.id(), e);
        }
    }
}
