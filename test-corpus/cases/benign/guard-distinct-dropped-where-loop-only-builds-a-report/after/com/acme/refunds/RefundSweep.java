package com.acme.refunds;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class RefundSweep {
    private final RefundRequestRepository requests;

    public RefundSweep(RefundRequestRepository requests) {
        this.requests = requests;
    }

    public List<String> openRefundReport() {
        List<String> paymentIds = requests.findByStatus("OPEN").stream()
                .map(RefundRequestEntity::getPaymentIntentId)
                .toList();
        List<String> lines = new ArrayList<>();
        for (String paymentId : paymentIds) {
            lines.add("payment " + paymentId + " has an open refund request");
        }
        return lines;
    }
}
