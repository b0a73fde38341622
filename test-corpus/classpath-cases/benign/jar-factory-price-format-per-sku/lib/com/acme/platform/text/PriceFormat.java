package com.acme.platform.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

public final class PriceFormat {
    private final Locale locale;

    PriceFormat(Locale locale) {
        this.locale = locale;
    }

    public String getForObject(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(locale).format(amount);
    }
}
