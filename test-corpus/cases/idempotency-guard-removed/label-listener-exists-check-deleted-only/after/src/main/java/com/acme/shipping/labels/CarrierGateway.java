package com.acme.shipping.labels;

public interface CarrierGateway {
    String purchaseLabel(String shipmentId, int weightGrams);
}
