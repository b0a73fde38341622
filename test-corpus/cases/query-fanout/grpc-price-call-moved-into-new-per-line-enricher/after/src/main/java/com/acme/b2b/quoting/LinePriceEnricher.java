package com.acme.b2b.quoting;

import com.acme.pricing.v1.PriceRequest;
import com.acme.pricing.v1.PriceResponse;
import com.acme.pricing.v1.PricingServiceGrpc;
import org.springframework.stereotype.Component;

/** Prices one draft line; shared with the cart and re-order flows. */
@Component
public class LinePriceEnricher {
    private final PricingServiceGrpc.PricingServiceBlockingStub pricingStub;

    public LinePriceEnricher(PricingServiceGrpc.PricingServiceBlockingStub pricingStub) {
        this.pricingStub = pricingStub;
    }

    public PricedLine enrich(String accountId, DraftLine line) {
        PriceRequest request = PriceRequest.newBuilder()
                .setAccountId(accountId)
                .addSkus(line.sku())
                .build();
        PriceResponse response = pricingStub.getPrices(request);
        return new PricedLine(line.sku(), line.quantity(), response.getPricesOrDefault(line.sku(), 0L));
    }
}
