package com.acme.fulfilment.orders;

import java.util.List;

public record PlacedOrder(String id, List<String> skus) {
}
