package com.acme.checkout;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {

    public String pay(String attemptId, String customerId, long amountCents, String currency) throws StripeException {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setCustomer(customerId)
                .setAmount(amountCents)
                .setCurrency(currency)
                .setConfirm(true)
                .build();
        PaymentIntent intent = PaymentIntent.create(params,
                RequestOptions.builder().setIdempotencyKey("checkout-" + attemptId).build());
        return intent.getStatus();
    }
}
