package com.acme.platform.text;

import java.util.Locale;

/** The platform's price formatting, per locale. */
public final class PriceFormats {
    private PriceFormats() {
    }

    public static PriceFormat forLocale(Locale locale) {
        return new PriceFormat(locale);
    }
}
