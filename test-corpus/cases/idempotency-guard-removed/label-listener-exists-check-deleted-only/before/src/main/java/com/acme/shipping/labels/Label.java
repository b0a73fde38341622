package com.acme.shipping.labels;

public record Label(String shipmentId, String trackingNumber) {
}
