package com.acme.loyalty;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.stereotype.Component;

@Component
public class PurchaseListener {
    private final PointsRepository points;
    private final PointsService pointsService;

    public PurchaseListener(PointsRepository points, PointsService pointsService) {
        this.points = points;
        this.pointsService = pointsService;
    }

    @SqsListener("loyalty-purchases")
    public void onPurchase(PurchaseCompleted purchase) {
        if (points.findByPurchaseId(purchase.purchaseId()).isPresent()) {
            return;
        }
        pointsService.award(purchase);
    }
}
