package com.acme.catalog;

import java.util.Map;

public interface PriceListStore {
    Map<String, Long> loadPrices();
}
