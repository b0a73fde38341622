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

    public String dispatch(String phone, String text) throws Exception {
        return CompletableFuture.supplyAsync(() -> gateway.postForObject("http://sms/send", phone + ":" + text, String.class))
                .get(4, TimeUnit.SECONDS);
    }
}
