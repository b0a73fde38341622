package com.acme.fulfilment.orders;

public interface RejectionPublisher {
    void reject(String orderId, String reason);
}
