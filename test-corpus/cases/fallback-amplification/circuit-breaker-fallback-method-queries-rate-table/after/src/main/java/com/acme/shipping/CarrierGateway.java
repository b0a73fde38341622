package com.acme.shipping;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class CarrierGateway {
    private final RestTemplate carrierApi;
    private final RateRepository rates;

    public CarrierGateway(RestTemplate carrierApi, RateRepository rates) {
        this.carrierApi = carrierApi;
        this.rates = rates;
    }

    @CircuitBreaker(name = "carrier", fallbackMethod = "flatRate")
    public Quote quote(String postcode) {
        return carrierApi.getForObject("https://carrier.example/quotes?postcode={p}", Quote.class, postcode);
    }

    public Quote flatRate(String postcode, Throwable cause) {
        return rates.findContractRateByPostcodePrefix(postcode.substring(0, 2)); // expect: fallback-amplification
    }

}
