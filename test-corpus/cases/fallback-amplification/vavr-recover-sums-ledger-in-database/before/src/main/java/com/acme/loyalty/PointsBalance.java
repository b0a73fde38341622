package com.acme.loyalty;

import io.vavr.control.Try;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class PointsBalance {
    private final RestTemplate loyalty;
    private final LedgerRepository ledger;

    public PointsBalance(RestTemplate loyalty, LedgerRepository ledger) {
        this.loyalty = loyalty;
        this.ledger = ledger;
    }

    public long of(String member) {
        return Try.of(() -> loyalty.getForObject("https://loyalty.internal/balance/{m}", Long.class, member))
            .recover(e -> 0L)
            .get();
    }

}
