package com.acme.storefront.stock;

import java.util.List;

public record StockLevels(List<StockLevel> levels) {
}
