package com.acme.billing.subscriptions;

import com.acme.billing.payments.PaymentGateway;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class SubscriptionBilling {
    private final PaymentGateway gateway;

    public SubscriptionBilling(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    public String renew(String customerId, BigDecimal monthlyFee) {
        return gateway.charge(customerId, monthlyFee, "EUR");
    }
}
