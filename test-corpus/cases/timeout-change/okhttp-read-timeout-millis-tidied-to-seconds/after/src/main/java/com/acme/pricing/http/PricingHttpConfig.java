package com.acme.pricing.http;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PricingHttpConfig {
    @Bean
    public OkHttpClient pricingHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofMillis(200))
                .readTimeout(Duration.ofSeconds(500)) // expect: timeout-change
                .retryOnConnectionFailure(false)
                .build();
    }
}
