package com.acme.fx;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
public class Converter {
    private final RateClient rateClient;

    public Converter(RateClient rateClient) {
        this.rateClient = rateClient;
    }

    public BigDecimal convert(BigDecimal amount, String pair) {
        return amount.multiply(rateClient.fetchRate(pair).value());
    }

}
