package com.acme.b2b.quoting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class QuoteService {
    private final LinePriceEnricher linePriceEnricher;

    public QuoteService(LinePriceEnricher linePriceEnricher) {
        this.linePriceEnricher = linePriceEnricher;
    }

    public Quote buildQuote(QuoteDraft draft) {
        List<PricedLine> priced = new ArrayList<>();
        long total = 0;
        for (DraftLine line : draft.lines()) {
            PricedLine pricedLine = linePriceEnricher.enrich(draft.accountId(), line); // expect: query-fanout
            priced.add(pricedLine);
            total += pricedLine.totalCents();
        }
        return new Quote(draft.accountId(), priced, total);
    }
}
