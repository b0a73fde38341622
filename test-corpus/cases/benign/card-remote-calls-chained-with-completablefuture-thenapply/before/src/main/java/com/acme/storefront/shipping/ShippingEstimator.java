package com.acme.storefront.shipping;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class ShippingEstimator {
    private static final String RATES_URL = "http://shipping-rates/api/quote?country={country}&zip={zip}&kg={kg}";

    private final AddressClient addressClient;
    private final RestTemplate restTemplate;

    public ShippingEstimator(AddressClient addressClient, RestTemplate restTemplate) {
        this.addressClient = addressClient;
        this.restTemplate = restTemplate;
    }

    public RateQuote estimate(String customerId, double weightKg) {
        Address address = addressClient.defaultAddress(customerId);
        return restTemplate.getForObject(RATES_URL, RateQuote.class,
                address.countryCode(), address.postalCode(), weightKg);
    }
}
