package com.acme.payouts.bank;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class BankClientConfig {
    @Value("${bank.api.read-timeout:3s}")
    private Duration readTimeout;

    @Bean
    public RestTemplate bankRestTemplate(RestTemplateBuilder builder) {
        return builder
                .rootUri("https://bank.example.com")
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(readTimeout)
                .build();
    }
}
