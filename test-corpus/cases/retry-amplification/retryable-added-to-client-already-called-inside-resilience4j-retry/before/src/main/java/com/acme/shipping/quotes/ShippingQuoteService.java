package com.acme.shipping.quotes;

import com.acme.shipping.carrier.CarrierClient;
import com.acme.shipping.carrier.Quote;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.springframework.stereotype.Service;

@Service
public class ShippingQuoteService {
    private final CarrierClient carrierClient;
    private final Retry carrierRetry = Retry.of("carrier", RetryConfig.custom()
            .maxAttempts(4)
            .waitDuration(Duration.ofMillis(250))
            .build());

    public ShippingQuoteService(CarrierClient carrierClient) {
        this.carrierClient = carrierClient;
    }

    public Quote cheapestQuote(String postcode, int grams) {
        return carrierRetry.executeSupplier(() -> carrierClient.quote(postcode, grams));
    }
}
