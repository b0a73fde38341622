package com.acme.billing.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class TaxServiceClient {
    private final RestTemplate restTemplate;
    private final String baseUrl;

    public TaxServiceClient(RestTemplate restTemplate, @Value("${tax.service.url}") String baseUrl) {
        this.restTemplate = restTemplate;
        this.baseUrl = baseUrl;
    }

    /** One request per line so that a line the tax service rejects no longer fails the whole invoice. */
    public List<BigDecimal> lineTaxes(Invoice invoice) {
        List<BigDecimal> taxes = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            TaxRequest request = new TaxRequest(invoice.customerId(), List.of(line));
            TaxResponse response = restTemplate.postForObject(baseUrl + "/v2/tax/calculate", request, TaxResponse.class); // expect: query-fanout
            taxes.add(response == null || response.lineTaxes().isEmpty() ? BigDecimal.ZERO : response.lineTaxes().get(0));
        }
        return taxes;
    }
}
