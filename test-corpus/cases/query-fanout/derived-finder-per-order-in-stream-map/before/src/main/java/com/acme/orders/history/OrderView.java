package com.acme.orders.history;

import java.time.Instant;
import java.util.List;

public record OrderView(Long orderId, Instant placedAt, List<String> trackingNumbers) {
}
