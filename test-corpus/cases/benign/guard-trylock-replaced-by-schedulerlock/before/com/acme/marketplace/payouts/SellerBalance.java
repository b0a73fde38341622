package com.acme.marketplace.payouts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class SellerBalance {
    @Id
    private String sellerId;
    private String stripeAccountId;
    private long pendingCents;

    public String getSellerId() {
        return sellerId;
    }

    public String getStripeAccountId() {
        return stripeAccountId;
    }

    public long getPendingCents() {
        return pendingCents;
    }

    public void paidOut() {
        this.pendingCents = 0;
    }
}
