package com.acme.billing.tax;

import java.math.BigDecimal;
import java.util.List;

public record TaxResponse(List<BigDecimal> lineTaxes) {
}
