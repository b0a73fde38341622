package com.acme.crm.profiles;

import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

@Service
public class CustomerProfiles {
    private final ProfileStore store;
    private final RetryTemplate retryTemplate;

    public CustomerProfiles(ProfileStore store, RetryTemplate retryTemplate) {
        this.store = store;
        this.retryTemplate = retryTemplate;
    }

    public String profile(String customerId) {
        return retryTemplate.execute(ctx -> store.load(customerId));
    }
}
