package com.acme.audit;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class AuditContext {
    private final RestTemplate identity;

    public AuditContext(RestTemplate identity) {
        this.identity = identity;
    }

    public Operator currentOperator(String token) {
        return identity.getForObject("http://identity/operators/{token}", Operator.class, token); // expect: cache-cardinality
    }
}
