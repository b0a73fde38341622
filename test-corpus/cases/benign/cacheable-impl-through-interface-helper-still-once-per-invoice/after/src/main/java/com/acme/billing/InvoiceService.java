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
        return sumLines(invoice);
    }

    private BigDecimal sumLines(Invoice invoice) {
        Tariff tariff = tariffService.tariffFor(invoice.region());
        return invoice.lines().stream()
            .map(line -> line.amount().multiply(tariff.factor()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
