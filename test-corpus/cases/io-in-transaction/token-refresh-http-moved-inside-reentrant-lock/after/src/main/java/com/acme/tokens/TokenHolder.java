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
            if (token == null || token.expired()) {
                token = restTemplate.postForObject("https://idp.internal/oauth/token", null, Token.class); // expect: io-in-transaction
            }
            return token;
        } finally {
            lock.unlock();
        }
    }
}
