package com.acme.b2b.quoting;

import com.acme.pricing.v1.PriceRequest;
import com.acme.pricing.v1.PriceResponse;
import com.acme.pricing.v1.PricingServiceGrpc;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {
    private final PricingServiceGrpc.PricingServiceBlockingStub pricingStub;

    public QuoteService(PricingServiceGrpc.PricingServiceBlockingStub pricingStub) {
        this.pricingStub = pricingStub;
    }

    public Quote buildQuote(QuoteDraft draft) {
        PriceRequest request = PriceRequest.newBuilder()
                .setAccountId(draft.accountId())
                .addAllSkus(draft.skus())
                .build();
        PriceResponse response = pricingStub.getPrices(request);
        List<PricedLine> priced = new ArrayList<>();
        long total = 0;
        for (DraftLine line : draft.lines()) {
            PricedLine pricedLine = new PricedLine(line.sku(), line.quantity(), response.getPricesOrDefault(line.sku(), 0L));
            priced.add(pricedLine);
            total += pricedLine.totalCents();
        }
        return new Quote(draft.accountId(), priced, total);
    }
}
