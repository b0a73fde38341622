package com.acme.fx;

import java.math.BigDecimal;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class Converter {
    private final RestTemplate restTemplate;

    public Converter(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public BigDecimal convert(BigDecimal amount, String pair) {
        return amount.multiply(fetchRate(pair).value()); // expect: proxy-bypass
    }

    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 200))
    public Rate fetchRate(String pair) {
        return restTemplate.getForObject("https://rates.internal/v1/{pair}", Rate.class, pair);
    }

}
