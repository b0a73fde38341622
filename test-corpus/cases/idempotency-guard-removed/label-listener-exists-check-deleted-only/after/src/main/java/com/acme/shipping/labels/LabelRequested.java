package com.acme.shipping.labels;

public record LabelRequested(String shipmentId, int weightGrams) {
}
