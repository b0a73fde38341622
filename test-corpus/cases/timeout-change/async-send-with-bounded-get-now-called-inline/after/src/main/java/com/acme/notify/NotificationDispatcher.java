package com.acme.notify;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class NotificationDispatcher {
    private final RestTemplate gateway;

    public NotificationDispatcher(RestTemplate gateway) {
        this.gateway = gateway;
    }

    public String dispatch(String phone, String text) {
        return gateway.postForObject("http://sms/send", phone + ":" + text, String.class); // expect: timeout-change
    }
}
