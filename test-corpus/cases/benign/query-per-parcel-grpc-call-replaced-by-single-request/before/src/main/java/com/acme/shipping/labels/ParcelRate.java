package com.acme.shipping.labels;

public record ParcelRate(String reference, long priceCents, String service) {
}
