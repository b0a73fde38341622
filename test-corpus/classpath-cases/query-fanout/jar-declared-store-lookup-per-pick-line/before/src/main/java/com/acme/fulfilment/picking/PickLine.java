package com.acme.fulfilment.picking;

public record PickLine(Long productId, int quantity) {
}
