package com.acme.loyalty;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class PurchaseListener {
    private static final int CENTS_PER_POINT = 100;

    private final PointsRepository points;

    public PurchaseListener(PointsRepository points) {
        this.points = points;
    }

    @Transactional
    @SqsListener("loyalty-purchases")
    public void onPurchase(PurchaseCompleted purchase) {
        award(purchase);
    }

    private void award(PurchaseCompleted purchase) {
        if (points.findByPurchaseId(purchase.purchaseId()).isPresent()) {
            return;
        }
        int earned = (int) (purchase.amountCents() / CENTS_PER_POINT);
        points.save(new PointsEntry(purchase.purchaseId(), purchase.memberId(), earned));
    }
}
