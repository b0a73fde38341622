package com.acme.payments;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

@Component
public class PaymentGateway {

    public String charge(String customerId, BigDecimal amount, String currency) throws StripeException {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setCustomer(customerId)
                .setAmount(amount.movePointRight(2).longValueExact())
                .setCurrency(currency)
                .setConfirm(true)
                .build();
        PaymentIntent intent = PaymentIntent.create(params);
        return intent.getId();
    }
}
