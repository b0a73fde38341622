package com.acme.subscriptions;

public record SubscriptionPaid(String eventId, String subscriptionId, String customerId) {
}
