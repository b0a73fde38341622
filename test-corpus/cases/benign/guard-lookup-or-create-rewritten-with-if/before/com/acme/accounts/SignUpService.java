package com.acme.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SignUpService {
    private final CustomerRepository customers;

    public SignUpService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional
    public Long registerFromIdentityProvider(String externalId, String email) {
        Customer customer = customers.findByExternalId(externalId)
                .orElseGet(() -> customers.save(new Customer(externalId, email)));
        return customer.getId();
    }
}
