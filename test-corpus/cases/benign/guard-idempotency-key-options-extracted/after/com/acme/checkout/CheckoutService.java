package com.acme.checkout;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {
    private static final String KEY_PREFIX = "checkout-";

    public String pay(String attemptId, String customerId, long amountCents, String currency) throws StripeException {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setCustomer(customerId)
                .setAmount(amountCents)
                .setCurrency(currency)
                .setConfirm(true)
                .build();
        return PaymentIntent.create(params, optionsFor(attemptId)).getStatus();
    }

    private static RequestOptions optionsFor(String attemptId) {
        return RequestOptions.builder()
                .setIdempotencyKey(KEY_PREFIX + attemptId)
                .build();
    }
}
