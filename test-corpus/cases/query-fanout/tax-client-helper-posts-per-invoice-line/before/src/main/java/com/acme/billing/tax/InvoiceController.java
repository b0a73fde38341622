package com.acme.billing.tax;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InvoiceController {
    private final TaxServiceClient taxServiceClient;

    public InvoiceController(TaxServiceClient taxServiceClient) {
        this.taxServiceClient = taxServiceClient;
    }

    @PostMapping("/invoices/tax-preview")
    public BigDecimal taxPreview(@RequestBody Invoice invoice) {
        List<BigDecimal> taxes = taxServiceClient.lineTaxes(invoice);
        return taxes.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
