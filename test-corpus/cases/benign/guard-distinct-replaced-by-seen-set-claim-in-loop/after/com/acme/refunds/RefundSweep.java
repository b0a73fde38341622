package com.acme.refunds;

import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<String> refunded = new HashSet<>();
        for (String paymentId : paymentIds) {
            if (!refunded.add(paymentId)) {
                continue;
            }
            Refund.create(RefundCreateParams.builder().setPaymentIntent(paymentId).build());
        }
    }
}
