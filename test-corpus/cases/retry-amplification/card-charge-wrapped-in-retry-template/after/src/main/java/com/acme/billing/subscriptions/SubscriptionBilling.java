package com.acme.billing.subscriptions;

import com.acme.billing.payments.PaymentGateway;
import java.math.BigDecimal;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

@Service
public class SubscriptionBilling {
    private final PaymentGateway gateway;
    private final RetryTemplate retryTemplate = new RetryTemplate();

    public SubscriptionBilling(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    public String renew(String customerId, BigDecimal monthlyFee) {
        return retryTemplate.execute(ctx -> gateway.charge(customerId, monthlyFee, "EUR")); // expect: retry-amplification
    }
}
