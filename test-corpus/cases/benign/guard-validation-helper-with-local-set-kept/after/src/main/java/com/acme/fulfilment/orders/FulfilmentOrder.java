package com.acme.fulfilment.orders;

import java.time.Instant;
import java.util.List;

public class FulfilmentOrder {
    private final String id;
    private final List<String> skus;
    private Instant receivedAt;

    public FulfilmentOrder(String id, List<String> skus) {
        this.id = id;
        this.skus = skus;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }
}
