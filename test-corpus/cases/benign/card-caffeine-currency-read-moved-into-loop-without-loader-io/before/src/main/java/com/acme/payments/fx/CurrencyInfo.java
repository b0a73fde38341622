package com.acme.payments.fx;

import java.util.Currency;

public record CurrencyInfo(String code, int minorUnits) {
    public static CurrencyInfo of(String code) {
        return new CurrencyInfo(code, Currency.getInstance(code).getDefaultFractionDigits());
    }
}
