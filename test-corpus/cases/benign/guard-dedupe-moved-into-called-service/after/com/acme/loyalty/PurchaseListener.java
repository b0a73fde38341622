package com.acme.loyalty;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.stereotype.Component;

@Component
public class PurchaseListener {
    private final PointsService pointsService;

    public PurchaseListener(PointsService pointsService) {
        this.pointsService = pointsService;
    }

    @SqsListener("loyalty-purchases")
    public void onPurchase(PurchaseCompleted purchase) {
        pointsService.award(purchase);
    }
}
