package com.acme.storefront.availability;

import com.acme.platform.text.PriceFormats;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

public class PriceLabels {
    public Map<String, String> labels(Map<String, BigDecimal> prices, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        prices.forEach((sku, price) -> out.put(sku, price.toPlainString()));
        return out;
    }
}
