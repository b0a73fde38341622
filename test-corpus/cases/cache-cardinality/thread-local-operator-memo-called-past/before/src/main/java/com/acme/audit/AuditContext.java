package com.acme.audit;

import org.springframework.stereotype.Component;

@Component
public class AuditContext {
    private final OperatorHolder holder;

    public AuditContext(OperatorHolder holder) {
        this.holder = holder;
    }

    public Operator currentOperator(String token) {
        return holder.current(token);
    }
}
