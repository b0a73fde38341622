package com.acme.travel.offers;

import com.acme.travel.pricing.PriceQuote;
import com.acme.travel.pricing.PricingClient;

import java.util.List;
import java.util.stream.Collectors;

public class OfferAssembler {
    private final PricingClient pricing;

    public OfferAssembler(PricingClient pricing) {
        this.pricing = pricing;
    }

    public List<PriceQuote> quotes(List<String> offerIds) {
        List<String> distinct = offerIds.stream().distinct().collect(Collectors.toList());
        return pricing.quoteAll(distinct);
    }
}
