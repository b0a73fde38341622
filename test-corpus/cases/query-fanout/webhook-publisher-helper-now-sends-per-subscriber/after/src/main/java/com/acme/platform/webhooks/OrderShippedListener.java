package com.acme.platform.webhooks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class OrderShippedListener {
    private final WebhookPublisher webhookPublisher;

    public OrderShippedListener(WebhookPublisher webhookPublisher) {
        this.webhookPublisher = webhookPublisher;
    }

    @EventListener
    public void onOrderShipped(OrderShipped event) {
        String payload = "{\"orderId\":\"" + event.orderId() + "\",\"carrier\":\"" + event.carrier() + "\"}";
        webhookPublisher.publish(new WebhookEvent(event.eventId(), "order.shipped", payload));
    }

    public record OrderShipped(String eventId, String orderId, String carrier) {
    }
}
