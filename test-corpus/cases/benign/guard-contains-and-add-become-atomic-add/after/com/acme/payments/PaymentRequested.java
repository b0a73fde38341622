package com.acme.payments;

import java.math.BigDecimal;

public class PaymentRequested {
    private final String id;
    private final String orderId;
    private final String customerId;
    private final BigDecimal amount;
    private final String currency;

    public PaymentRequested(String id, String orderId, String customerId, BigDecimal amount, String currency) {
        this.id = id;
        this.orderId = orderId;
        this.customerId = customerId;
        this.amount = amount;
        this.currency = currency;
    }

    public String getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }
}
