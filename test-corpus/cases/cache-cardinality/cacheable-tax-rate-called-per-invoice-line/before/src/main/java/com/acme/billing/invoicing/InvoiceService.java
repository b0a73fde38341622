package com.acme.billing.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class InvoiceService {
    private final TaxRateService taxRateService;

    public InvoiceService(TaxRateService taxRateService) {
        this.taxRateService = taxRateService;
    }

    public Invoice draft(String customerId, String billingRegion, List<InvoiceLine> lines) {
        BigDecimal rate = taxRateService.rateFor(billingRegion);
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (InvoiceLine line : lines) {
            net = net.add(line.netAmount());
            tax = tax.add(line.netAmount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN));
        }
        return new Invoice(customerId, billingRegion, lines, net, tax);
    }
}
