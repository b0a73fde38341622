package com.acme.billing;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class InvoiceService {
    private final TariffService tariffService;

    public InvoiceService(TariffService tariffService) {
        this.tariffService = tariffService;
    }

    public BigDecimal total(Invoice invoice) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : invoice.lines()) {
            sum = sum.add(lineTotal(invoice, line)); // expect: cache-cardinality
        }
        return sum;
    }

    private BigDecimal lineTotal(Invoice invoice, Line line) {
        Tariff tariff = tariffService.tariffFor(invoice.region());
        return line.amount().multiply(tariff.factor());
    }
}
