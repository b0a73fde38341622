package com.acme.loyalty.redemption;

import java.util.List;

public record RedemptionRequest(String customerId, long points, List<String> voucherCodes) {
}
