package com.acme.eta;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class EtaService {
    private final RestTemplate routing;
    private final StringRedisTemplate redis;

    public EtaService(RestTemplate routing, StringRedisTemplate redis) {
        this.routing = routing;
        this.redis = redis;
    }

    public CompletableFuture<Duration> estimate(String zone, String orderId) {
        return CompletableFuture.supplyAsync(() -> routing.getForObject("https://routing.internal/eta/{o}", Duration.class, orderId))
            .exceptionally(e -> Duration.ofMinutes(30));
    }

}
