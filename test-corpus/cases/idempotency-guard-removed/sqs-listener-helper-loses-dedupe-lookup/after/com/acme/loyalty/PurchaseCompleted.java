package com.acme.loyalty;

public record PurchaseCompleted(String purchaseId, String memberId, long amountCents) {
}
