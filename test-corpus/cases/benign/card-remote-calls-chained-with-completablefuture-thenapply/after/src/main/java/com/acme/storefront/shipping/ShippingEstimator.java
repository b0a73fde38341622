package com.acme.storefront.shipping;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class ShippingEstimator {
    private static final String RATES_URL = "http://shipping-rates/api/quote?country={country}&zip={zip}&kg={kg}";

    private final AddressClient addressClient;
    private final RestTemplate restTemplate;
    private final Executor ioExecutor;

    public ShippingEstimator(AddressClient addressClient, RestTemplate restTemplate, Executor ioExecutor) {
        this.addressClient = addressClient;
        this.restTemplate = restTemplate;
        this.ioExecutor = ioExecutor;
    }

    public CompletableFuture<RateQuote> estimate(String customerId, double weightKg) {
        return CompletableFuture
                .supplyAsync(() -> addressClient.defaultAddress(customerId), ioExecutor)
                .thenApply(address -> restTemplate.getForObject(RATES_URL, RateQuote.class,
                        address.countryCode(), address.postalCode(), weightKg));
    }
}
