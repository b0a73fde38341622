package com.acme.loyalty;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PointsService {
    private static final int CENTS_PER_POINT = 100;

    private final PointsRepository points;

    public PointsService(PointsRepository points) {
        this.points = points;
    }

    @Transactional
    public void award(PurchaseCompleted purchase) {
        int earned = (int) (purchase.amountCents() / CENTS_PER_POINT);
        points.save(new PointsEntry(purchase.purchaseId(), purchase.memberId(), earned));
    }
}
