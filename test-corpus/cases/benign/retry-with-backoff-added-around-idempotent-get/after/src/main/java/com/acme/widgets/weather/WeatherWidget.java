package com.acme.widgets.weather;

import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class WeatherWidget {
    private final RestTemplate restTemplate;

    public WeatherWidget(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    @Retryable(maxAttempts = 3, backoff = @Backoff(delay = 500))
    public String forecast(String city) {
        return restTemplate.getForObject("/forecast/{city}", String.class, city);
    }
}
