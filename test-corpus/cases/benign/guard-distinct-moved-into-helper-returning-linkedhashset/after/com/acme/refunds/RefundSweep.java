package com.acme.refunds;

import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;
import java.util.LinkedHashSet;
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
        for (String paymentId : paymentsToRefund()) {
            Refund.create(RefundCreateParams.builder().setPaymentIntent(paymentId).build());
        }
    }

    private Set<String> paymentsToRefund() {
        List<String> ids = requests.findByStatus("OPEN").stream().map(RefundRequestEntity::getPaymentIntentId).toList();
        return new LinkedHashSet<>(ids);
    }
}
