package com.acme.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class PointsEntry {
    @Id
    private String purchaseId;
    private String memberId;
    private int points;

    protected PointsEntry() {
    }

    public PointsEntry(String purchaseId, String memberId, int points) {
        this.purchaseId = purchaseId;
        this.memberId = memberId;
        this.points = points;
    }
}
