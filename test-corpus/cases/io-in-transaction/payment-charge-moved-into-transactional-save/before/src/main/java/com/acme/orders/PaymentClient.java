package com.acme.orders;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class PaymentClient {
    private final RestTemplate restTemplate;

    public PaymentClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public void charge(String orderId, BigDecimal amount) {
        restTemplate.postForObject("https://payments.internal/charges?order={id}", amount, Void.class, orderId);
    }
}
