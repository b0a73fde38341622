package com.acme.fulfilment.picking;

public record PickStop(String binLocation, Long productId, int quantity, int weightGrams) {
}
