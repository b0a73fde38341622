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
        Tariff tariff = tariffService.tariffFor(invoice.region());
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : invoice.lines()) {
            sum = sum.add(line.amount().multiply(tariff.factor()));
        }
        return sum;
    }
}
