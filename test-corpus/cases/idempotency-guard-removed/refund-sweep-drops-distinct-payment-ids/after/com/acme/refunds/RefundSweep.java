package com.acme.refunds;

import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class RefundSweep {
    private final RefundRequestRepository requests;

    public RefundSweep(RefundRequestRepository requests) {
        this.requests = requests;
    }

    @Scheduled(cron = "0 30 2 * * *")
    public void refundOpenRequests() throws StripeException {
        List<String> paymentIds = requests.findByStatus("OPEN").stream()
                .map(RefundRequestEntity::getPaymentIntentId)
                .toList();
        for (String paymentId : paymentIds) {
            Refund.create(RefundCreateParams.builder().setPaymentIntent(paymentId).build()); // expect: idempotency-guard-removed
        }
    }
}
