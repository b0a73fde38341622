package com.acme.tax.rates;

import java.math.BigDecimal;

public interface TaxRateService {
    BigDecimal rateFor(String region);
}
