package com.acme.audit;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class OperatorHolder {
    private static final ThreadLocal<Operator> CURRENT = new ThreadLocal<>();
    private final RestTemplate identity;

    public OperatorHolder(RestTemplate identity) {
        this.identity = identity;
    }

    public Operator current(String token) {
        Operator operator = CURRENT.get();
        if (operator == null) {
            operator = identity.getForObject("http://identity/operators/{token}", Operator.class, token);
            CURRENT.set(operator);
        }
        return operator;
    }
}
