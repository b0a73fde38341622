package com.acme.accounts;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class AccountOpener {
    private final DSLContext dsl;
    private final WebClient fraud;

    public AccountOpener(DSLContext dsl, WebClient fraud) {
        this.dsl = dsl;
        this.fraud = fraud;
    }

    public void open(String customer) {
        dsl.transaction(cfg -> {
            Integer score = fraud.get().uri("/score/{c}", customer).retrieve().bodyToMono(Integer.class).block(); // expect: io-in-transaction
            DSL.using(cfg).insertInto(DSL.table("account"))
                .columns(DSL.field("customer"), DSL.field("score")).values(customer, score).execute();
        });
    }

}
