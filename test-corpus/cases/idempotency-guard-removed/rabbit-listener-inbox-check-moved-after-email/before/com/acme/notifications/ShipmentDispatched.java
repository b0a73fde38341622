package com.acme.notifications;

public record ShipmentDispatched(String messageId, String orderId, String email, String trackingNumber) {
}
