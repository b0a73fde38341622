package com.acme.tax.invoices;

import com.acme.tax.rates.TaxRateService;
import io.github.resilience4j.retry.Retry;
import java.math.BigDecimal;
import java.util.List;

public class InvoiceTaxes {
    private final TaxRateService rates;
    private final Retry retry = Retry.ofDefaults("tax-rates");

    public InvoiceTaxes(TaxRateService rates) {
        this.rates = rates;
    }

    public BigDecimal compute(List<Line> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : lines) {
            BigDecimal rate = retry.executeSupplier(() -> rates.rateFor(line.region()));
            total = total.add(line.net().multiply(rate));
        }
        return total;
    }
}
