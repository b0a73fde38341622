package com.acme.retail.shelf;

public record ShelfLabel(String sku, String priceText, boolean overridden) {
}
