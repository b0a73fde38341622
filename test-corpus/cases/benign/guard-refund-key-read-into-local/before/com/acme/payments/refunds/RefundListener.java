package com.acme.payments.refunds;

import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Component
public class RefundListener {
    private final Set<String> processedRefunds = ConcurrentHashMap.newKeySet();

    @KafkaListener(topics = "refunds.requested")
    public void onRefundRequested(RefundRequested event) throws StripeException {
        if (processedRefunds.contains(event.refundId())) {
            return;
        }
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(event.paymentIntentId())
                .setAmount(event.amountCents())
                .build();
        Refund.create(params);
        processedRefunds.add(event.refundId());
    }
}
