package com.acme.widgets.weather;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class WeatherWidget {
    private final RestTemplate restTemplate;

    public WeatherWidget(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String forecast(String city) {
        return restTemplate.getForObject("/forecast/{city}", String.class, city);
    }
}
