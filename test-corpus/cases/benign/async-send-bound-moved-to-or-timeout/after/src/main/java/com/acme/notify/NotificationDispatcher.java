package com.acme.notify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class NotificationDispatcher {
    private final RestTemplate gateway;

    public NotificationDispatcher(RestTemplate gateway) {
        this.gateway = gateway;
    }

    public CompletableFuture<String> dispatch(String phone, String text) {
        return CompletableFuture.supplyAsync(() -> gateway.postForObject("http://sms/send", phone + ":" + text, String.class))
                .orTimeout(4, TimeUnit.SECONDS);
    }
}
