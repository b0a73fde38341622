package com.acme.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

@Service
public class SignUpService {
    private final CustomerRepository customers;

    public SignUpService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional
    public Long registerFromIdentityProvider(String externalId, String email) {
        Optional<Customer> existing = customers.findByExternalId(externalId);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        return customers.save(new Customer(externalId, email)).getId();
    }
}
