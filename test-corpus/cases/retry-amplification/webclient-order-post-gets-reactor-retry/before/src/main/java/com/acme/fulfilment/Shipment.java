package com.acme.fulfilment;

public record Shipment(String orderId, String warehouse, String trackingCode) {
}
