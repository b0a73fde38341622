package com.acme.billing.tax;

import java.math.BigDecimal;
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

    public List<BigDecimal> lineTaxes(Invoice invoice) {
        TaxRequest request = new TaxRequest(invoice.customerId(), invoice.lines());
        TaxResponse response = restTemplate.postForObject(baseUrl + "/v2/tax/calculate", request, TaxResponse.class);
        return response == null ? List.of() : response.lineTaxes();
    }
}
