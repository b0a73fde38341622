package com.acme.tokens;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class TokenHolder {
    private final ReentrantLock lock = new ReentrantLock();
    private final RestTemplate restTemplate;
    private Token token;

    public TokenHolder(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public Token current() {
        lock.lock();
        try {
            token = restTemplate.getForObject("https://idp.internal/keys/current", Token.class);
            return token;
        } finally {
            lock.unlock();
        }
    }
}
