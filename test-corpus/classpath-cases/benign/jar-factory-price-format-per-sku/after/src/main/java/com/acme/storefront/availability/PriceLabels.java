package com.acme.storefront.availability;

import com.acme.platform.text.PriceFormats;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

public class PriceLabels {
    public Map<String, String> labels(Map<String, BigDecimal> prices, Locale locale) {
        var format = PriceFormats.forLocale(locale);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : prices.entrySet()) {
            out.put(e.getKey(), format.getForObject(e.getValue()));
        }
        return out;
    }
}
