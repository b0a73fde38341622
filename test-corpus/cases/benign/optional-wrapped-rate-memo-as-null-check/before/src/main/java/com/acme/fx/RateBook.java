package com.acme.fx;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class RateBook {
    private final RestTemplate restTemplate;
    private final Map<String, Rate> rates = new ConcurrentHashMap<>();

    public RateBook(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    private Rate fetch(String pair) {
        return restTemplate.getForObject("http://rates/api/rates/{pair}", Rate.class, pair);
    }

    public Rate rateFor(String pair) {
        return Optional.ofNullable(rates.get(pair)).orElseGet(() -> fetchAndRemember(pair));
    }

    private Rate fetchAndRemember(String pair) {
        Rate rate = fetch(pair);
        rates.put(pair, rate);
        return rate;
    }
}
