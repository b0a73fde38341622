package com.acme.billing.invoices;

public class Invoice {
    private final String customerId;
    private final long amountCents;
    private String currency = "EUR";

    public Invoice(String customerId, long amountCents) {
        this.customerId = customerId;
        this.amountCents = amountCents;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
